package org.frontline.extract;

import org.frontline.actors.ActorDictionary;
import org.frontline.actors.ActorMatcher;
import org.frontline.actors.ActorMention;
import org.frontline.model.Article;
import org.frontline.model.Provenance;
import org.frontline.model.Relation;
import org.frontline.model.RelationType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standing relations stated in a sentence: "Iran-backed X", "X, backed by Y", "with the support of Y",
 * "X and its ally Y", "spearheaded by Y", "working closely with Y", "reporting to Y", "fighting Y".
 */
final class RelationExtractor {
    /** "Iran-backed": the backer is the word before the hyphen. */
    private static final Pattern PREFIX_BACKED = Pattern.compile("\\b([A-Z][A-Za-z.]*)-(?:backed|sponsored|supported|trained|funded|armed)\\b");

    /**
     * @param partnerWords what the partner's own words must say for the cue to apply, or null
     */
    private record Cue(RelationType type, Pattern pattern, boolean partnerAfter, Pattern partnerWords) {
        Cue(RelationType type, Pattern pattern, boolean partnerAfter) {
            this(type, pattern, partnerAfter, null);
        }
    }

    private static final Pattern ADVISERS = Pattern.compile("\\b(?:advis[eo]rs|trainers|instructors)\\b", Pattern.CASE_INSENSITIVE);

    /** Cues whose partner stands after them and whose subject is the nearest actor before. */
    private static final List<Cue> CUES = List.of(
            new Cue(RelationType.BACKS, Pattern.compile("\\b(?:backed|supported|sponsored|armed|trained|funded|advised|bolstered)\\s+by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE), true),
            new Cue(RelationType.BACKS, Pattern.compile("\\b(?:support|cover|backing)\\s+(?:of|from)\\s+(?:the\\s+|a\\s+)?(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE), true),
            // "X has Iranian military advisers": the advisers' state backs X
            new Cue(RelationType.BACKS, Pattern.compile("\\b(?:has|have|had|with)\\s+$", Pattern.CASE_INSENSITIVE), true, ADVISERS),
            new Cue(RelationType.ALLIED, Pattern.compile("\\b(?:(?:an|its|his|their)\\s+all(?:y|ies)(?:\\s+of)?|allied\\s+(?:with|to)|together\\s+with|alongside|spearheaded\\s+by|working\\s+(?:closely\\s+)?with|fighting\\s+alongside)\\s+(?:the\\s+)?(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE), true),
            new Cue(RelationType.PART_OF, Pattern.compile("\\b(?:reporting|reports|reported|answerable|subordinate)\\s+(?:\\w+\\s+)?to\\s+(?:the\\s+)?$|\\bunder\\s+the\\s+command\\s+of\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}$|\\b(?:part|a\\s+unit|a\\s+brigade)\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE), true),
            new Cue(RelationType.HOSTILE, Pattern.compile("\\b(?:focused\\s+on\\s+fighting|fighting\\s+against|fight\\s+against|war\\s+(?:on|against)|directed\\s+against)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE), true));

    /** "Turkish forces and Free Syrian Army rebels took": actors who act together are allies. */
    private static final Pattern JOINT = Pattern.compile("^\\s*(?:,\\s*)?(?:and|together\\s+with|along\\s+with|-\\s*together\\s+with)\\s*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINT_VERB = Pattern.compile(
            "^\\s*(?:\\(\\w+\\)\\s*)?(?:-\\s*)?(?:\\w+\\s+){0,2}?(?:\\w+ed|took|struck|seized|began|have|has|had|were|are|managed)\\b", Pattern.CASE_INSENSITIVE);
    /** "clashes between X and Y continued": the two fight each other. */
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "Syrian and Russian warplanes": two states' arms in one phrase. */
    private static final Pattern JOINT_ARMS = Pattern.compile(
            "\\b(\\p{Lu}[\\w.]+)\\s+and\\s+(\\p{Lu}[\\w.]+)\\s+(warplanes|jets|aircraft|forces|troops)\\b");
    /** "the US-backed war on the group", "the Iran-backed force": a backed force or undertaking is the actor in view's. */
    private static final Pattern UNDERTAKING = Pattern.compile(
            "^\\s*(?:\\w+\\s+)?(?:war|campaign|offensive|operation|assault|force|forces|fighters|group|troops|units)\\b", Pattern.CASE_INSENSITIVE);

    private final ActorMatcher matcher;

    RelationExtractor(ActorMatcher matcher) {
        this.matcher = matcher;
    }

    List<Relation> extract(Article article, List<EventExtractor.Clause> clauses, ArticleActors actors) {
        Map<String, Relation> found = new LinkedHashMap<>();
        String topic = null;
        for (EventExtractor.Clause clause : clauses) {
            String text = clause.sentence().text();
            Provenance where = new Provenance(article.id(), clause.sentence().index(), clause.sentence().start(), clause.sentence().end());
            List<ActorMention> ms = clause.actors();
            Matcher m = PREFIX_BACKED.matcher(text);
            while (m.find()) {
                String backer = stateOf(m.group(1), actors);
                ActorMention backed = mentionCovering(ms, m.end());
                if (backed == null) {
                    backed = nextAfter(ms, m.end(), 2); // the noun the prefix qualifies: "Iran-backed militias"
                }
                if (backed == null) {
                    backed = previousBefore(ms, m.start(), 40);
                }
                String backedId = backed != null ? actors.resolve(backed)
                        : UNDERTAKING.matcher(text.substring(m.end())).find() ? topic : null;
                if (backer != null && backedId != null) {
                    add(found, RelationType.BACKS, backer, backedId, text, where);
                }
            }
            for (int i = 0; i < ms.size(); i++) {
                ActorMention partner = ms.get(i);
                String lead = text.substring(Math.max(0, partner.start() - 60), partner.start());
                for (Cue cue : CUES) {
                    Matcher cueWords = cue.pattern().matcher(lead);
                    if (!cueWords.find()
                            || cue.partnerWords() != null && !cue.partnerWords().matcher(text.substring(partner.start(), partner.end())).find()) {
                        continue;
                    }
                    String other = actors.resolve(partner);
                    int cueStart = partner.start() - lead.length() + cueWords.start();
                    // "Backed by X, Y took the town": a cue that opens the sentence qualifies the subject after it
                    String subject = text.substring(0, cueStart).isBlank() ? fronted(ms, i, text, actors, other) : null;
                    if (subject == null) {
                        subject = subjectBefore(ms, i, text, actors, other, cue.type() != RelationType.HOSTILE);
                    }
                    if (subject == null && cue.type() == RelationType.PART_OF) {
                        ActorMention after = nextAfter(ms, partner.end(), 80);
                        subject = after == null ? null : actors.resolve(after);
                    }
                    if (subject == null) {
                        subject = topic;
                    }
                    if (subject != null) {
                        // "directed against ISIS and Kurds": the cue governs the whole coordination
                        for (int j = i; j < ms.size(); j++) {
                            if (j > i && !JOINT.matcher(text.substring(ms.get(j - 1).end(), ms.get(j).start())).matches()) {
                                break;
                            }
                            String partnerId = actors.resolve(ms.get(j));
                            if (cue.type() == RelationType.BACKS) {
                                add(found, cue.type(), partnerId, subject, text, where);
                            } else {
                                add(found, cue.type(), subject, partnerId, text, where);
                            }
                        }
                    }
                    break;
                }
            }
            for (int i = 1; i < ms.size(); i++) {
                ActorMention a = ms.get(i - 1);
                ActorMention b = ms.get(i);
                String ida = actors.resolve(a);
                String idb = actors.resolve(b);
                if (!ida.equals(idb) && JOINT.matcher(text.substring(a.end(), b.start())).matches()
                        && JOINT_VERB.matcher(text.substring(b.end())).find() && !actors.hostile(ida, idb)
                        && !BETWEEN.matcher(text.substring(Math.max(0, a.start() - 30), a.start())).find()
                        && a.kind() != ActorDictionary.Kind.STATE == (b.kind() != ActorDictionary.Kind.STATE)) {
                    add(found, RelationType.ALLIED, ida, idb, text, where);
                }
            }
            Matcher arms = JOINT_ARMS.matcher(text);
            while (arms.find()) {
                String first = stateOf(arms.group(1) + " " + arms.group(3), actors);
                String second = stateOf(arms.group(2) + " " + arms.group(3), actors);
                if (first != null && second != null) {
                    add(found, RelationType.ALLIED, first, second, text, where);
                }
            }
            for (ActorMention a : ms) {
                if (!a.entry().generic() && a.kind() != ActorDictionary.Kind.STATE) {
                    topic = actors.resolve(a);
                    break;
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private String stateOf(String word, ArticleActors actors) {
        List<ActorMention> ms = matcher.find(word);
        return ms.size() == 1 && ms.get(0).end() == word.length() ? actors.resolve(ms.get(0)) : null;
    }

    private static ActorMention mentionCovering(List<ActorMention> ms, int pos) {
        for (ActorMention m : ms) {
            if (m.start() < pos && pos <= m.end() && m.end() > pos) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention nextAfter(List<ActorMention> ms, int pos, int within) {
        for (ActorMention m : ms) {
            if (m.start() >= pos && m.start() - pos <= within) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention previousBefore(List<ActorMention> ms, int pos, int within) {
        for (int i = ms.size() - 1; i >= 0; i--) {
            ActorMention m = ms.get(i);
            if (m.end() <= pos && pos - m.end() <= within) {
                return m;
            }
        }
        return null;
    }

    /**
     * The nearest actor before the cue; for a friendly cue (backs, allied, part of) not one hostile to the
     * partner: in "to capture Mosul, ISIL's stronghold, with support from the coalition" the coalition backs
     * the capturer, not ISIL.
     */
    private static String subjectBefore(List<ActorMention> ms, int index, String text, ArticleActors actors, String other, boolean friendly) {
        for (int i = index - 1; i >= 0; i--) {
            ActorMention m = ms.get(i);
            String id = actors.resolve(m);
            boolean prefixBacker = text.startsWith("-", m.end());
            if (!id.equals(other) && !prefixBacker && !(friendly && actors.hostile(id, other))) {
                return id;
            }
        }
        return null;
    }

    /** The first actor after the comma that closes a fronted cue's partners ("Backed by X and Y, Z ..."). */
    private static String fronted(List<ActorMention> ms, int index, String text, ArticleActors actors, String other) {
        int comma = text.indexOf(',', ms.get(index).end());
        if (comma < 0) {
            return null;
        }
        for (int i = index + 1; i < ms.size(); i++) {
            ActorMention m = ms.get(i);
            if (m.start() > comma && m.start() - comma <= 40 && !text.startsWith("-", m.end())) {
                String id = actors.resolve(m);
                return id.equals(other) ? null : id;
            }
        }
        return null;
    }

    private static void add(Map<String, Relation> found, RelationType type, String source, String target, String evidence, Provenance where) {
        if (source.equals(target) || source.equals("CIV") || target.equals("CIV")) {
            return;
        }
        Relation r = new Relation(type, source, target, evidence, where, 0.7).canonical();
        found.putIfAbsent(r.type() + ":" + r.source() + ":" + r.target(), r);
    }
}
