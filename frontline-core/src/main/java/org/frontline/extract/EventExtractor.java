package org.frontline.extract;

import org.frontline.actors.ActorDictionary;
import org.frontline.actors.ActorMention;
import org.frontline.extract.PlaceFinder.PlaceName;
import org.frontline.extract.TriggerLexicon.Form;
import org.frontline.extract.TriggerLexicon.Trigger;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.frontline.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shallow rules over one sentence at a time: a trigger word gives the type and the form (active, passive,
 * nominal, held-by, prefix), the form says where to look for the actor, the other side and the places;
 * what the sentence leaves out comes from the article (the actor in view, its enemy, the last date).
 */
final class EventExtractor {
    /** How often a place must be named to be the story's place, given to a headline or lead that names none. */
    private static final int STORY_PLACE_MENTIONS = 3;
    private static final Pattern SEVERAL_PLACES = Pattern.compile("\\b(?:villages|towns|areas|positions|territory|land|border|countryside)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words just before a trigger that take the event back: denied, failed, or only planned. */
    private static final Pattern UNREAL = Pattern.compile(
            "(?:\\b(?:denied|denies|deny|failed\\s+to|fail\\s+to|not|never|no\\s+longer|would|could|will|may|might|"
                    + "aims?\\s+to|aiming\\s+to|plans?\\s+to|planning\\s+to|in\\s+order\\s+to|seeking\\s+to|sought\\s+to|"
                    + "threatened\\s+to|vowed\\s+to|bid\\s+to|push\\s+to|effort\\s+to|of|no|predict|expect|expected\\s+to|help(?:ed|ing|s)?|"
                    + "(?<!\\b(?:began|begun|begin|begins|started|start|starts|continue|continues|continued|managed|moved|went|able|set|going))\\s+to)"
                    + "\\s+(?:\\w+ly\\s+)?)$",
            Pattern.CASE_INSENSITIVE);
    /** "Iran-backed", "IS-held": the actor qualifies a noun; it is not the subject of the sentence. */
    private static final Pattern BACKER_AFTER = Pattern.compile("^-(?:backed|led|sponsored|supported|allied|trained|funded|held|controlled|dominated)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKER_BEFORE = Pattern.compile(
            "\\b(?:backed|supported|sponsored|armed|trained|funded|advised|assisted|spearheaded|led)\\s+by\\s+(?:the\\s+)?$|\\b(?:ally\\s+of|allies\\s+of|including|with\\s+the\\s+help\\s+of|alongside|cover\\s+of)\\s+(?:the\\s+)?(?:\\S+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:(?:,|and|together\\s+with|along\\s+with|,\\s+and)\\s*(?:\\(\\w+\\)\\s*)?|\\(\\w+\\)\\s*(?:and|,)\\s*)(?:the\\s+)?(?:(?:allied|other|its|their|local|\\p{Lu}[\\w']*)\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:by|of|from|against|with|to|in|on|at|for|near)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_CLOSER = Pattern.compile("\\b(?:and|with)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTICIPLE_BETWEEN = Pattern.compile("^\\)?(?:\\s*\\(\\w+\\))?\\s+(?:\\w+\\s+)?\\w+ing\\s+(?:the\\s+)?$");
    private static final Pattern DIRECT_OBJECT = Pattern.compile("^\\s*(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    // "by the Iranian-sponsored pro-Syrian forces": a hyphened epithet may stand between "the" and the agent
    private static final Pattern BY_BEFORE = Pattern.compile("^\\s*(?:(?:\\S+\\s+){0,3}?(?:by|to|at\\s+the\\s+hands\\s+of|of)\\s+)?(?:the\\s+)?(?:[\\w.]+-\\w+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_SOON = Pattern.compile("^\\s*(?:\\S+\\s+){0,4}?by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_GROUP = Pattern.compile("^\\s+(?:from|of)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_NEXT = Pattern.compile("^\\s*(?:,\\s*)?and\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_NEXT = Pattern.compile("^\\s*by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Attack words that are nouns: an actor before them qualifies them ("Russian airstrikes") rather than acting as a subject. */
    private static final Pattern ATTACK_NOUN = Pattern.compile("(?:air\\s?strikes?|airstrikes?|shelling|bombing|bombardment|raids?)$");
    private static final Pattern QUALIFIED_NOUN = Pattern.compile("(?:'s?)?(?:\\s+[a-z]+){0,3}\\s+");
    /** "a Turkish observation post", "Syrian army positions": a state's adjective before its forces names that state's side. */
    private static final Pattern FORCES_AFTER = Pattern.compile(
            "\\s+(?:[a-z]+\\s+){0,2}?(?:observation\\s+posts?|posts?|positions|troops|soldiers|convoys?|bases?|checkpoints?|patrols?)\\b");
    /** A determiner before a verb form makes it a noun: "its advance", "the capture". */
    private static final Pattern DETERMINER = Pattern.compile("\\b(?:the|a|an|its|their|his|her|our|this|that|[\\w]+-long)\\s+$", Pattern.CASE_INSENSITIVE);
    /** Words that refer back to the actor in view: a pronoun or a definite description. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "\\b(?:it|they|its|their|he|she|we|the\\s+(?:\\w+\\s+){0,2}(?:force|forces|troops|fighters|group|units?|militias?|army|soldiers|men|offensive|operation|campaign))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "after liberating X": the subject of the participle is that of the main clause. */
    private static final Pattern ADVERBIAL_PARTICIPLE = Pattern.compile("\\b(?:after|before|while|by|since|when)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A place named before, referred to again: "the city", "the village", "the key stronghold". */
    private static final Pattern PLACE_BACK = Pattern.compile(
            "\\b(?:the|this)\\s+(?:\\w+\\s+){0,2}(?:city|town|village|enclave|pocket|stronghold|district|province)\\b(?!\\s+of\\s+\\p{Lu})",
            Pattern.CASE_INSENSITIVE);
    /** Words that locate an event without naming a place: "a group of villages on the border with Syria". */
    private static final Pattern PLACE_DESCRIPTION = Pattern.compile(
            "(?:\\b(?:a|the|an|several|some|\\w+)\\s+)?(?:\\w+\\s+){0,2}?(?:villages?|towns?|border|frontier|territory|land|areas?|parts|swathes|stretches|percent|per\\s+cent|positions|enclave|pocket|countryside|desert|outskirts|city\\s+centre|city\\s+center)\\b"
                    + "(?:\\s+(?:on|of|in|near|along|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?[\\w-]+)?",
            Pattern.CASE_INSENSITIVE);
    /** "X reached an agreement with Y and began to withdraw": the second verb shares the first one's subject. */
    private static final Pattern VERB_COORDINATION = Pattern.compile(
            "\\b(?:and|then)\\s+(?:(?:began|begun|started|continued|then|also|later|managed|went\\s+on)\\s+(?:to\\s+)?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[;:]|\\b(?:that|which|who|where|when|while|but)\\b");
    /** The words before a place that say how it relates to the event: "villages west of", "the town of". */
    private static final Pattern PLACE_LEAD = Pattern.compile("(?:(?:\\d+|\\w+)\\s+)?(?:\\w+\\s+){0,3}(?:of|near|in|at|from|to|towards?)\\s+(?:the\\s+)?$");
    /** The words between a withdrawal and where the force goes: "fled to the nearby", "pulled back towards". */
    private static final Pattern DESTINATION = Pattern.compile(
            "\\b(?:to|towards?|into|for|in\\s+the\\s+direction\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,4}(?:of\\s+)?(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Right after a withdrawal, the way to where the force goes: "fled to", "withdrew south towards". */
    private static final Pattern GOES_TO = Pattern.compile("\\s+(?:[a-z]+\\s+)?(?:to|towards?|into|for)\\b");
    /** A noun that names a place as held: "stronghold", "bastion", "de facto capital". */
    private static final Pattern HOLD_NOUN = Pattern.compile("(?:strongholds?|bastions?|holdouts?|de[- ]facto\\s+capital)\\b", Pattern.CASE_INSENSITIVE);
    /** Between a place and the noun that describes it: "X, an IS", "X is the group's last", "X, their". */
    private static final Pattern APPOSITION = Pattern.compile(
            "\\s*(?:,|\\s(?:is|was|remains|remained|became|has\\s+been)\\b)\\s*(?:(?:a|an|the|its|their|his)\\s+)?(?:[\\w'.-]+\\s+){0,4}", Pattern.CASE_INSENSITIVE);
    /** How far after its scope a trigger may find its place, in characters. */
    private static final int FURTHER = 80;
    private static final Set<EventType> NOUN_SENSITIVE = Set.of(EventType.CAPTURE, EventType.ADVANCE, EventType.WITHDRAW, EventType.SIEGE);
    private static final Pattern BESIEGED_IN = Pattern.compile("\\s+(?:in|inside|within)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:from|against|out\\s+of|on|toward|towards)\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile(
            "\\b(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds)\\s+"
                    + "(?:(?:new|more|other|further|small|nearby|surrounding|border|key|strategic|\\w+-\\w+|\\p{Lu}[\\w']*)\\s+)?"
                    + "(villages|towns|areas|hamlets|districts|neighbou?rhoods|positions|people|civilians|fighters|militants|soldiers|terrorists|troops|members|gunmen|children|militiamen|others)",
            Pattern.CASE_INSENSITIVE);
    /** A number just before an actor among the dead: "300 Islamic State fighters", "67 members of the security forces". */
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|scores)\\s+"
                    + "(?:(?:more|other|further)\\s+)?(?:(?:members|fighters|soldiers|troops)\\s+of\\s+|of\\s+)?(?:the\\s+|its\\s+)?(?:\\w+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));
    private static final Set<String> COUNTRIES = Set.of("Syria", "Iraq", "Turkey", "Iran", "Lebanon", "Jordan", "Russia");
    /** Right before the dead or wounded: "no", "none of the": the toll is nil. */
    private static final Pattern NONE_OF = Pattern.compile("\\b(?:no|none\\s+of(?:\\s+the|\\s+its|\\s+their)?)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Set<EventType> HAS_ENEMY = Set.of(EventType.CAPTURE, EventType.ATTACK, EventType.SIEGE, EventType.ADVANCE);

    private final TriggerLexicon triggers;
    private final DateResolver dates;
    private final PlaceFinder placeFinder;

    EventExtractor(TriggerLexicon triggers, DateResolver dates, PlaceFinder placeFinder) {
        this.triggers = triggers;
        this.dates = dates;
        this.placeFinder = placeFinder;
    }

    /** A sentence with what was found in it, offsets relative to the sentence. */
    record Clause(Sentence sentence, List<ActorMention> actors, List<DateMention> dates, List<PlaceName> places) {
    }

    /**
     * Who a reference back may mean: the actor the story last spoke of ({@code topic}, for "they", "it") and
     * the one it last told acting ({@code agent}, for "the troops", "the force": a force named in passing is
     * not the one that moves).
     */
    private record InView(String topic, String agent) {
        InView spokenOf(String actor) {
            return new InView(actor, agent);
        }

        InView acting(String actor) {
            return new InView(actor, actor);
        }
    }

    List<Event> extract(Article article, List<Clause> clauses, ArticleActors actors) {
        List<Event> events = new ArrayList<>();
        InView actorsInView = new InView(null, null);
        LocalDate lastDate = null;
        String placeInView = null;
        Map<String, Integer> placeCounts = new HashMap<>();
        Map<String, Integer> named = namedPlaces(clauses);
        String storyPlace = mainPlace(named);
        if (storyPlace != null && named.get(storyPlace) < STORY_PLACE_MENTIONS) {
            storyPlace = null; // no place dominates the story
        }
        boolean leadPassed = false;
        for (Clause clause : clauses) {
            List<Trigger> found = triggers.find(clause.sentence().text());
            // the headline and the lead (the first sentence of the body that reports something) tell the story
            // before naming its place
            boolean inLead = clause.sentence().index() == 0 || !leadPassed;
            for (int i = 0; i < found.size(); i++) {
                Trigger t = found.get(i);
                Event e = event(article, clause, found, i, actors, actorsInView, lastDate, placeInView, mainPlace(placeCounts),
                        inLead ? storyPlace : null);
                if (e != null) {
                    leadPassed |= clause.sentence().index() > 0;
                    if (e.type() == EventType.CASUALTIES) {
                        events.addAll(countedDead(clause, t, e, actors));
                        Event killing = killersAttack(clause, t, e, actors);
                        if (killing != null) {
                            events.add(killing);
                        }
                    } else {
                        events.add(e);
                    }
                    // the dead are who the story counts and a holder is background, not who acts next
                    if (e.type() != EventType.CASUALTIES && e.type() != EventType.HOLD) {
                        actorsInView = actorsInView.acting(e.actor());
                    }
                }
            }
            if (found.isEmpty()) {
                for (ActorMention m : clause.actors()) {
                    if (!m.entry().generic() && m.kind() != ActorDictionary.Kind.STATE && !isBacker(clause.sentence().text(), m)
                            && !m.entry().ids().contains("CIV")) {
                        actorsInView = actorsInView.spokenOf(actors.resolve(m));
                        break;
                    }
                }
            }
            for (PlaceName p : clause.places()) {
                if (!COUNTRIES.contains(p.name())) {
                    placeInView = p.name();
                    placeCounts.merge(p.name(), 1, Integer::sum);
                }
            }
            for (DateMention d : clause.dates()) {
                if (d.date() != null) {
                    lastDate = d.date();
                }
            }
        }
        return EventMerger.merge(events);
    }

    private Event event(Article article, Clause clause, List<Trigger> all, int index, ArticleActors actors, InView actorsInView,
                        LocalDate lastDate, String placeInView, String mainPlace, String leadPlace) {
        Trigger t = all.get(index);
        String text = clause.sentence().text();
        String before = text.substring(Math.max(0, t.start() - 40), t.start());
        if (unreal(text, t)) {
            return null;
        }
        if (t.form() == Form.ACTIVE && NOUN_SENSITIVE.contains(t.type()) && DETERMINER.matcher(before).find()) {
            return null;
        }
        ActorMention carrier = mentionCovering(clause, t.start(), t.end());
        if (carrier != null) {
            before = text.substring(Math.max(0, carrier.start() - 40), carrier.start());
        }
        if (t.type() == EventType.ATTACK && BACKER_BEFORE.matcher(before).find()) {
            return null; // "backed by U.S. air strikes": support, told as a relation
        }
        if (t.type() == EventType.ATTACK && index > 0 && all.get(index - 1).type() == EventType.CASUALTIES
                && text.substring(all.get(index - 1).end(), t.start()).split("\\s+").length <= 3) {
            return null; // "died fighting near X": the death is the event
        }
        // "launched an offensive to retake Mosul": a purpose is no event of its own, its words belong to this one's scope
        int next = index + 1;
        while (next < all.size() && unreal(text, all.get(next))) {
            next++;
        }
        int scopeEnd = next < all.size() ? all.get(next).start() : text.length();
        int scopeStart = index > 0 ? all.get(index - 1).end() : 0;

        String actor = null;
        String target = null;
        boolean cuedTarget = false;
        // "airstrikes by the coalition", and "attacks by the U.S." whose trigger ends with its "by"
        String triggerWords = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        boolean betweenTwo = triggerWords.endsWith(" between");
        ActorMention byActor = carrier != null ? carrier
                : mentionAfter(clause, t.end(), scopeEnd, triggerWords.endsWith(" by") || betweenTwo ? DIRECT_OBJECT : BY_NEXT);
        if (byActor == null && t.type() == EventType.ATTACK && t.form() == Form.ACTIVE && ATTACK_NOUN.matcher(triggerWords).matches()) {
            byActor = qualifier(clause, t.start()); // "Russian airstrikes", "Turkish artillery shelling": whose strikes they are
            if (byActor != null && BACKER_BEFORE.matcher(text.substring(Math.max(0, byActor.start() - 40), byActor.start())).find()) {
                return null; // "backed by U.S. air strikes": support, told as a relation
            }
        }
        switch (t.form()) {
            case PASSIVE, HELDBY -> {
                ActorMention m = mentionAfter(clause, t.end(), scopeEnd, BY_BEFORE);
                if (m == null) {
                    m = mentionWithin(clause, t.start(), t.end());
                }
                if (m == null && t.form() == Form.HELDBY) {
                    m = firstAfter(clause, t.end(), scopeEnd, null);
                }
                actor = m == null ? null : actors.resolve(m);
                target = resolve(actors, firstAfterFrom(clause, t.end(), scopeEnd, actor, actors));
                if (target == null && t.type() == EventType.SIEGE) {
                    target = resolve(actors, subject(clause, t.start())); // "U.S. troops were encircled by X": the besieged
                }
                cuedTarget = target != null;
            }
            case PREFIX -> {
                ActorMention m = mentionEndingAt(clause, t.start() + t.prefix().length());
                actor = m == null ? null : actors.resolve(m);
            }
            case NOMINAL -> {
                if (t.type() == EventType.HOLD) {
                    ActorMention holder = possessor(clause, t.start());
                    if (holder == null) {
                        holder = firstAfter(clause, t.end(), Math.min(scopeEnd, t.end() + 30), null);
                    }
                    actor = resolve(actors, holder);
                } else if (t.type() == EventType.WITHDRAW) {
                    // "the withdrawal of Peshmerga forces from Sinjar": who leaves stands after "of"
                    ActorMention leaver = mentionAfter(clause, t.end(), scopeEnd, DIRECT_OBJECT);
                    actor = resolve(actors, leaver != null ? leaver : possessor(clause, t.start()));
                } else {
                    ActorMention by = byActor != null ? byActor : mentionAfter(clause, t.end(), scopeEnd, BY_SOON);
                    actor = resolve(actors, by != null ? by : possessor(clause, t.start()));
                }
                target = betweenTwo && byActor != null ? resolve(actors, mentionAfter(clause, byActor.end(), scopeEnd, AND_NEXT))
                        : resolve(actors, firstAfterFrom(clause, t.end(), scopeEnd, actor, actors));
                cuedTarget = target != null; // "attacks by the U.S. on Syrian army units": the side attacked is stated
            }
            case ACTIVE -> {
                if (t.type() == EventType.CASUALTIES) {
                    int window = Math.min(scopeEnd, t.end() + 60);
                    ActorMention victim = firstAfter(clause, t.end(), window, m -> m.entry().generic());
                    if (victim == null) {
                        victim = firstAfter(clause, t.end(), window, null);
                    }
                    if (victim == null || isPassiveCasualty(text, t)) {
                        victim = subject(clause, t.start());
                        if (victim != null && NONE_OF.matcher(text.substring(clauseStart(text, victim.start()), victim.start())).find()) {
                            return null; // "no coalition forces were injured": nobody was
                        }
                    }
                    actor = resolve(actors, victim == null ? null : groupOf(clause, victim));
                } else if (byActor != null) {
                    actor = actors.resolve(byActor);
                    target = resolve(actors, firstAfterFrom(clause, byActor.end(), scopeEnd, actor, actors));
                    cuedTarget = target != null;
                } else {
                    boolean participle = text.substring(t.start(), t.end()).split("\\s+")[0].endsWith("ing")
                            && (ADVERBIAL_PARTICIPLE.matcher(before).find() || before.strip().endsWith(","))
                            || VERB_COORDINATION.matcher(before).find();
                    String subject = resolve(actors, participle
                            ? mainSubject(clause, t.start()) : subject(clause, t.start()));
                    actor = subject;
                    ActorMention obj = firstAfter(clause, t.end(), scopeEnd, subject == null ? null : a -> actors.resolve(a).equals(subject));
                    target = resolve(actors, obj);
                    String between = obj == null ? "" : text.substring(t.end(), obj.start());
                    cuedTarget = obj != null && (FROM_BEFORE.matcher(between).find()
                            || t.type() == EventType.ATTACK && DIRECT_OBJECT.matcher(between).matches());
                }
            }
        }
        boolean explicitActor = actor != null;
        boolean referredBack = false;
        if (actor == null) {
            if (t.type() == EventType.CASUALTIES || t.form() == Form.PREFIX || t.form() == Form.NOMINAL && t.type() != EventType.HOLD) {
                return null;
            }
            String lead = text.substring(clauseStart(text, t.start()), t.start());
            if (!REFERS_BACK.matcher(lead).find() && !lead.isBlank() && !lead.strip().endsWith(",")) {
                return null;
            }
            Matcher reference = REFERS_BACK.matcher(lead);
            boolean found = reference.find();
            actor = found && reference.group().toLowerCase(Locale.ROOT).startsWith("the ") && actorsInView.agent() != null
                    ? actorsInView.agent() : actorsInView.topic();
            // a pronoun, a definite description, or a passive that leaves its agent to the story
            referredBack = found || t.form() == Form.PASSIVE;
        }
        if (actor == null || actor.equals("CIV") && t.type() != EventType.CASUALTIES) {
            return null;
        }
        if (target != null && !actors.hostile(actor, target) && !cuedTarget) {
            target = null;
        }
        if (t.type() == EventType.HOLD || t.type() == EventType.CASUALTIES || t.type() == EventType.WITHDRAW) {
            target = null;
        } else if (target != null && (target.equals(actor) || target.equals("CIV") && t.type() != EventType.ATTACK)) {
            target = null;
        }
        if (target == null && HAS_ENEMY.contains(t.type())) {
            target = actors.enemyOf(actor);
        }
        if (t.type() == EventType.SIEGE && t.form() == Form.ACTIVE && BESIEGED_IN.matcher(text).region(t.end(), text.length()).lookingAt()) {
            // "fighters besieged in the enclave": the one named is the one besieged
            String besieged = actor;
            actor = actors.enemyOf(besieged);
            target = besieged;
            if (actor == null) {
                return null;
            }
        }

        boolean refersToPlace = PLACE_BACK.matcher(text.substring(scopeStart, scopeEnd)).find();
        List<Place> places = places(clause, t, scopeStart, scopeEnd, !refersToPlace);
        // "the city" is the story's city, the place most named so far; "the village" the one just named
        Matcher back = PLACE_BACK.matcher(text.substring(scopeStart, scopeEnd));
        String inView = back.find() && back.group().toLowerCase(Locale.ROOT).matches(".*\\b(?:city|province)$") && mainPlace != null
                ? mainPlace : lastPlaceBefore(clause, t.start(), placeInView);
        boolean namedPlace = !places.isEmpty(); // named in the trigger's own words, not taken from context
        if (t.type() == EventType.WITHDRAW && GOES_TO.matcher(text).region(t.end(), text.length()).lookingAt()) {
            // "the militants fled to nearby villages", "fled to the villages of A and B": where they went, not a
            // place they gave up (a place left is told first: "withdrew from X to Y" does not come here)
            return null;
        }
        if (inView != null && refersToPlace
                && places.stream().noneMatch(p -> p.name().equals(inView))) {
            List<Place> withBack = new ArrayList<>(places);
            withBack.removeIf(p -> COUNTRIES.contains(p.name()));
            withBack.add(Place.named(inView));
            places = withBack;
        }
        DateMention date = nearestDate(clause, t, scopeStart, scopeEnd, t.type() != EventType.HOLD);
        LocalDate day;
        String dateText = null;
        if (date != null) {
            day = date.date();
            dateText = date.text();
        } else if (t.type() == EventType.HOLD) {
            day = article.published();
        } else if (clause.sentence().index() == 0) {
            day = null; // a headline speaks of the story the body dates; merging gives it that date
        } else {
            day = lastDate != null ? lastDate : article.published();
        }
        Sentence s = clause.sentence();
        String where = placeText(clause, places);
        Matcher backPhrase = PLACE_BACK.matcher(text).region(scopeStart, scopeEnd);
        if (where == null && backPhrase.find()) {
            where = backPhrase.group(); // "the city": located, by reference
        }
        if (where == null) {
            boolean placeBefore = t.form() == Form.PASSIVE || t.form() == Form.HELDBY;
            Matcher description = PLACE_DESCRIPTION.matcher(text).region(placeBefore ? scopeStart : t.end(), scopeEnd);
            where = description.find() ? description.group() : null;
        }
        // the headline and the lead tell the story before naming its place: it is the place the article names
        // most, unless they speak of several unnamed places ("villages on the border")
        boolean storyPlace = !namedPlace && leadPlace != null && t.type() != EventType.HOLD && !describesSeveralPlaces(where);
        // the dead are counted where the story stands: a toll told after the place was named is located by it
        boolean tollInView = t.type() == EventType.CASUALTIES && inView != null;
        double confidence = 0.5 + (explicitActor ? 0.25 : referredBack ? 0.2 : 0)
                + (namedPlace ? 0.15 : where != null || storyPlace || tollInView ? 0.1 : 0) + (date != null ? 0.05 : 0)
                + (cuedTarget && target != null ? 0.05 : 0);
        if (storyPlace) {
            places = List.of(new Place(leadPlace, null, null, null, true, 0));
        } else if (places.isEmpty() && inView != null && t.type() != EventType.HOLD) {
            // no place named: the story's place in view, marked as inferred (approximate)
            places = List.of(new Place(inView, null, null, null, true, 0));
        }
        return new Event(t.type(), day, dateText, actor, target, places, where, count(text, t),
                text, new Provenance(article.id(), s.index(), s.start(), s.end()), Math.min(1.0, confidence));
    }

    /** Denied, failed or only planned ("denied capturing", "plans to retake"): no event; attacks and holds stand. */
    private static boolean unreal(String text, Trigger t) {
        return t.form() != Form.PREFIX && t.form() != Form.HELDBY && t.type() != EventType.ATTACK && t.type() != EventType.HOLD
                && UNREAL.matcher(text.substring(Math.max(0, t.start() - 40), t.start())).find();
    }

    /**
     * "67 soldiers and militiamen as well as 300 IS fighters were killed", "killing two soldiers and four Shia
     * fighters": each side counted among the dead has its own casualties, with its own number; {@code chosen} is
     * the side the rules chose.
     */
    private static List<Event> countedDead(Clause clause, Trigger t, Event chosen, ArticleActors actors) {
        String text = clause.sentence().text();
        boolean before = isPassiveCasualty(text, t);
        int from = before ? clauseStart(text, t.start()) : t.end();
        int to = before ? t.start() : Math.min(text.length(), t.end() + 80);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : clause.actors()) {
            if (m.start() < from || m.end() > to || !usable(text, m)) {
                continue;
            }
            Matcher counted = COUNTED.matcher(text.substring(Math.max(from, m.start() - 40), m.start()));
            if (counted.find()) {
                counts.putIfAbsent(actors.resolve(groupOf(clause, m)), number(counted.group(1)));
            }
        }
        List<Event> dead = new ArrayList<>();
        dead.add(counts.containsKey(chosen.actor()) ? withCount(chosen, chosen.actor(), counts.get(chosen.actor())) : chosen);
        counts.forEach((side, n) -> {
            if (!side.equals(chosen.actor())) {
                dead.add(withCount(chosen, side, n));
            }
        });
        return dead;
    }

    /**
     * "a soldier was killed by Kurdish forces": the dead were killed by a side, and that side's armed action on
     * theirs is an attack, at the same place and day.
     */
    private static Event killersAttack(Clause clause, Trigger t, Event dead, ArticleActors actors) {
        String text = clause.sentence().text();
        if (!isPassiveCasualty(text, t)) {
            return null;
        }
        ActorMention killer = mentionAfter(clause, t.end(), text.length(), BY_NEXT);
        String actor = resolve(actors, killer);
        if (actor == null || actor.equals(dead.actor()) || actor.equals("CIV")) {
            return null;
        }
        return new Event(EventType.ATTACK, dead.date(), dead.dateText(), actor, dead.actor(), dead.places(), dead.placeText(), null,
                dead.evidence(), dead.provenance(), dead.confidence());
    }

    /** "18 gunmen from the pro-Turkish factions": a generic word stands for the group named right after it. */
    private static ActorMention groupOf(Clause clause, ActorMention m) {
        if (!m.entry().generic()) {
            return m;
        }
        ActorMention whose = mentionAfter(clause, m.end(), Math.min(clause.sentence().text().length(), m.end() + 20), OF_GROUP);
        return whose != null ? whose : m;
    }

    private static Event withCount(Event e, String side, Integer n) {
        return new Event(e.type(), e.date(), e.dateText(), side, null, e.places(), e.placeText(), n != null ? n : e.count(),
                e.evidence(), e.provenance(), e.confidence());
    }

    /** "1,200", "twelve": the number; null for words without one ("dozens"). */
    private static Integer number(String words) {
        String n = words.toLowerCase(Locale.ROOT).replace(",", "");
        return Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : NUMBER_WORDS.get(n);
    }

    /** Where the clause of a trigger begins: after the last semicolon, colon or "that"/"which" before it. */
    private static int clauseStart(String text, int pos) {
        Matcher m = CLAUSE_BOUNDARY.matcher(text);
        int start = 0;
        while (m.find() && m.end() <= pos) {
            start = m.end();
        }
        return start;
    }

    private static boolean isPassiveCasualty(String text, Trigger t) {
        String before = text.substring(Math.max(0, t.start() - 25), t.start()).toLowerCase(Locale.ROOT);
        String words = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        // "X suffered heavy losses": who suffers them stands before
        return before.matches(".*\\b(?:was|were|been|are|is|be)\\s+(?:\\w+\\s+)?$") || words.startsWith("died") || words.startsWith("dead")
                || words.endsWith("casualties") || words.endsWith("losses");
    }

    private static String resolve(ArticleActors actors, ActorMention m) {
        return m == null ? null : actors.resolve(m);
    }

    private static boolean isBacker(String text, ActorMention m) {
        return BACKER_AFTER.matcher(text.substring(m.end())).find()
                || BACKER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
    }

    private static boolean usable(String text, ActorMention m) {
        return !isBacker(text, m) && !(m.kind() == ActorDictionary.Kind.STATE && adjective(text, m)
                && !FORCES_AFTER.matcher(text).region(m.end(), text.length()).lookingAt());
    }

    /** "Iranian" or "Turkish" before a noun names the state only in a phrase the dictionary lists. */
    private static boolean adjective(String text, ActorMention m) {
        String word = text.substring(m.start(), m.end());
        return word.endsWith("an") || word.endsWith("ish") || word.endsWith("i");
    }

    /** The first actor of the sentence that can be a subject: the main clause's. */
    private static ActorMention mainSubject(Clause clause, int pos) {
        String text = clause.sentence().text();
        for (ActorMention m : clause.actors()) {
            if (m.end() <= pos && usable(text, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Russian airstrikes", "the regime's heavy shelling": the actor that qualifies a noun of attack, a state's adjective
     * included, up to three lower-case words before the noun.
     */
    private static ActorMention qualifier(Clause clause, int pos) {
        String text = clause.sentence().text();
        for (ActorMention m : clause.actors()) {
            if (m.end() <= pos && QUALIFIED_NOUN.matcher(text.substring(m.end(), pos)).matches()) {
                return m;
            }
        }
        return null;
    }

    /** "X's capture of": the actor right before a nominal trigger. */
    private static ActorMention possessor(Clause clause, int pos) {
        String text = clause.sentence().text();
        for (ActorMention m : clause.actors()) {
            if (m.end() <= pos && text.substring(m.end(), pos).matches("(?:'s?)?\\s+(?:\\w+\\s+)?")) {
                return m;
            }
        }
        return null;
    }

    /** The subject of a verb at {@code pos}: the nearest actor before it, extended back over a coordination. */
    private static ActorMention subject(Clause clause, int pos) {
        String text = clause.sentence().text();
        // "Free Syrian Army (FSA) rebels": mentions side by side name one actor; the unit starts at the first
        List<ActorMention> units = new ArrayList<>();
        List<Integer> unitEnds = new ArrayList<>();
        for (ActorMention m : clause.actors()) {
            if (m.end() > pos || !usable(text, m)) {
                continue;
            }
            int last = units.size() - 1;
            if (last >= 0 && text.substring(unitEnds.get(last), m.start()).matches("[\\s()]*")) {
                unitEnds.set(last, m.end());
                if (units.get(last).entry().generic() && !m.entry().generic()) {
                    units.set(last, m); // "pro-government PM forces": the name says more than the epithet
                }
            } else {
                units.add(m);
                unitEnds.add(m.end());
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        int nearest = units.size() - 1;
        // "X pursuing Y have arrived": Y is the object of a participle, X the subject
        if (nearest > 0 && PARTICIPLE_BETWEEN.matcher(text.substring(unitEnds.get(nearest - 1), units.get(nearest).start())).matches()) {
            nearest--;
        }
        int first = nearest;
        // "A, B and C took", "Turkey, FSA take Afrin": a bare comma joins a list before its "and" or in a headline, but
        // not after the object of a preposition: in "under the cover of airstrikes by the coalition, ISIL fighters
        // withdrew" only the last actor acts
        boolean listClosed = false;
        while (first > 0) {
            String link = text.substring(unitEnds.get(first - 1), units.get(first).start());
            if (!COORDINATION.matcher(link).matches()) {
                break;
            }
            boolean bareComma = !LIST_CLOSER.matcher(link).find();
            if (bareComma && !listClosed && PREPOSITION_BEFORE.matcher(text.substring(0, units.get(first - 1).start())).find()) {
                break;
            }
            listClosed |= !bareComma;
            first--;
        }
        return units.get(first);
    }

    private static ActorMention firstAfter(Clause clause, int from, int to, java.util.function.Predicate<ActorMention> skip) {
        String text = clause.sentence().text();
        for (ActorMention m : clause.actors()) {
            if (m.start() >= from && m.start() < to && usable(text, m) && (skip == null || !skip.test(m))) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention firstAfterFrom(Clause clause, int from, int to, String actor, ArticleActors actors) {
        String text = clause.sentence().text();
        for (ActorMention m : clause.actors()) {
            if (m.start() >= from && m.start() < to && usable(text, m)
                    && FROM_BEFORE.matcher(text.substring(from, m.start())).find() && !actors.resolve(m).equals(actor)) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention mentionAfter(Clause clause, int from, int to, Pattern between) {
        String text = clause.sentence().text();
        for (ActorMention m : clause.actors()) {
            if (m.start() >= from && m.start() < to && usable(text, m) && between.matcher(text.substring(from, m.start())).matches()) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention mentionCovering(Clause clause, int from, int to) {
        for (ActorMention m : clause.actors()) {
            if (m.start() <= from && to <= m.end()) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention mentionWithin(Clause clause, int from, int to) {
        for (ActorMention m : clause.actors()) {
            if (m.start() >= from && m.end() <= to) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention mentionEndingAt(Clause clause, int end) {
        for (ActorMention m : clause.actors()) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /**
     * The places a trigger's words name: after it within its scope (before it for passives), else, when
     * {@code lookFurther}, the next ones in the sentence close after its scope, else those before it.
     */
    private static List<Place> places(Clause clause, Trigger t, int scopeStart, int scopeEnd, boolean lookFurther) {
        List<PlaceName> after = new ArrayList<>();
        List<PlaceName> later = new ArrayList<>();
        List<PlaceName> beforeT = new ArrayList<>();
        for (PlaceName p : clause.places()) {
            if (p.start() >= t.end() && p.start() < scopeEnd) {
                after.add(p);
            } else if (p.start() >= scopeEnd && p.start() - scopeEnd <= FURTHER && lookFurther) {
                later.add(p);
            } else if (p.end() <= t.start() && p.start() >= scopeStart) {
                beforeT.add(p);
            }
        }
        after.removeIf(p -> COUNTRIES.contains(p.name()) && t.type() == EventType.HOLD);
        String text = clause.sentence().text();
        if (t.type() == EventType.WITHDRAW) {
            // "fled to the nearby city of Rawa": where a force goes is not the place it leaves
            after.removeIf(p -> DESTINATION.matcher(text.substring(t.end(), p.start())).find());
            later.removeIf(p -> DESTINATION.matcher(text.substring(t.end(), p.start())).find());
        }
        List<PlaceName> chosen = switch (t.form()) {
            case PASSIVE, HELDBY -> beforeT.isEmpty() ? after : beforeT;
            default -> !after.isEmpty() ? after : !later.isEmpty() && t.type() != EventType.HOLD ? later : beforeT;
        };
        if (t.type() == EventType.HOLD && !beforeT.isEmpty() && HOLD_NOUN.matcher(text).region(t.start(), t.end()).lookingAt()) {
            // "Tal Afar, an IS stronghold west of Mosul", "Hit is the group's last bastion": the stronghold is the place
            // it describes; a place after it only says where that lies
            PlaceName described = beforeT.get(beforeT.size() - 1);
            if (APPOSITION.matcher(text.substring(described.end(), t.start())).matches()) {
                chosen = List.of(described);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (PlaceName p : chosen) {
            names.add(p.name());
        }
        // a country is where an army crosses to, not a place one takes or holds
        if (t.type() != EventType.ADVANCE || names.stream().anyMatch(n -> !COUNTRIES.contains(n))) {
            names.removeIf(COUNTRIES::contains);
        }
        return names.stream().map(Place::named).toList();
    }

    private static boolean describesSeveralPlaces(String placeText) {
        return placeText != null && SEVERAL_PLACES.matcher(placeText).find();
    }

    private static Map<String, Integer> namedPlaces(List<Clause> clauses) {
        Map<String, Integer> counts = new HashMap<>();
        for (Clause clause : clauses) {
            for (PlaceName p : clause.places()) {
                if (!COUNTRIES.contains(p.name())) {
                    counts.merge(p.name(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String mainPlace(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String lastPlaceBefore(Clause clause, int pos, String placeInView) {
        String last = placeInView;
        for (PlaceName p : clause.places()) {
            if (p.end() <= pos && !COUNTRIES.contains(p.name())) {
                last = p.name();
            }
        }
        return last;
    }

    private static String placeText(Clause clause, List<Place> places) {
        if (places.isEmpty()) {
            return null;
        }
        String text = clause.sentence().text();
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (PlaceName p : clause.places()) {
            if (places.stream().anyMatch(pl -> pl.name().equals(p.name()))) {
                start = Math.min(start, p.start());
                end = Math.max(end, p.end());
            }
        }
        if (end < 0) {
            return null;
        }
        // widen to the words that say where: "villages west of Baaj", "the town of Hawija"
        Matcher lead = PLACE_LEAD.matcher(text.substring(Math.max(0, start - 45), start));
        if (lead.find()) {
            start = Math.max(0, start - 45) + lead.start();
        }
        return text.substring(start, end).strip();
    }

    /** The date words nearest the trigger within its scope; elsewhere in the sentence only if {@code anywhere}. */
    private static DateMention nearestDate(Clause clause, Trigger t, int scopeStart, int scopeEnd, boolean anywhere) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : clause.dates()) {
            if (!anywhere && (d.start() < scopeStart || d.end() > scopeEnd)) {
                continue;
            }
            // "on Thursday (May 18)": of two dates side by side, the one that resolves
            int distance = (d.start() >= t.end() ? d.start() - t.end() : t.start() - d.end()) + (d.date() == null ? 12 : 0);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Integer count(String text, Trigger t) {
        Matcher m = COUNT.matcher(text);
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String noun = m.group(2).toLowerCase(Locale.ROOT);
            boolean places = noun.matches("villages|towns|areas|hamlets|districts|neighbou?rhoods|positions");
            if (places != (t.type() == EventType.CAPTURE || t.type() == EventType.SIEGE || t.type() == EventType.WITHDRAW)) {
                continue;
            }
            int distance = Math.abs(m.start() - t.start());
            if (distance < bestDistance) {
                Integer value = number(m.group(1));
                if (value != null) {
                    best = value;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}
