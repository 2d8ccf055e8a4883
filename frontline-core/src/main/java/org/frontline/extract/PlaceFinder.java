package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words of a sentence that name places: capitalised runs ("Tal Afar", "Deir ez-Zor",
 * "al-Ba'aj", "Wadi al-Midar") that stand where English puts a place (after "in", "of", "near", a verb of
 * taking, a comma in a list) and are not actors, months or weekdays. The gazetteer decides later which
 * of them it knows; names it does not know stay as written.
 */
public final class PlaceFinder {
    private static final String ARTICLE = "(?:al|el|ad|ash|as|ar|az|an|at|ez|es|ed|a|um|umm|abu|bin|ibn|bani|de)";
    private static final String WORD = "(?:" + ARTICLE + "-\\s?)?\\p{Lu}[\\p{L}\\p{M}'\\-]*\\p{L}|\\p{Lu}";
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\-'])(?:" + ARTICLE + "-\\p{L}[\\p{L}\\p{M}'\\-]*|" + WORD + ")"
                    + "(?:\\s+(?:" + WORD + "|" + ARTICLE + "-\\p{L}[\\p{L}\\p{M}'\\-]*|" + "(?:al|el|a)\\s(?=\\p{Lu})" + "))*"
                    + "(?:\\s+(?:" + WORD + "))?");

    /** Words that may stand right before a place name. */
    private static final Set<String> LEAD = Set.of(
            "in", "of", "near", "at", "to", "toward", "towards", "from", "into", "around", "outside", "inside",
            "across", "through", "over", "between", "and", "or", ",", "on", "including", "as", "via",
            "captured", "seized", "seize", "took", "take", "taken", "liberated", "liberate", "recaptured", "recapture", "retaken", "retook", "retake",
            "entered", "reached", "besieged", "encircled", "surrounded", "attacked", "shelled", "struck", "hit",
            "controlled", "held", "lost", "abandoned", "left", "secured", "evacuated", "handed", "regained",
            "capture", "liberating", "capturing", "seizing", "besieging", "encircling", "targeted", "bombed",
            "attacking", "shelling", "targeting", "entering", "reaching", "storming", "bombing", "raiding", "approaching",
            "surrounding", "taking", "retaking", "recapturing", "controlling", "holding", "leaving", "abandoning",
            "west", "east", "north", "south", "western", "eastern", "northern", "southern", "central",
            "northwestern", "northeastern", "southwestern", "southeastern");

    private static final Set<String> NOT_PLACES = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "His", "Her",
            "Its", "Their", "Our", "But", "And", "Or", "After", "Before", "On", "In", "At", "As", "By", "For",
            "Elsewhere", "Earlier", "Later", "Meanwhile", "However", "According", "Reuters", "AFP", "AP",
            "Shia", "Shiite", "Sunni", "Muslim", "Muslims", "Kurdish", "Arab", "Arabs", "Iraqi", "Syrian", "Turkish",
            "Iranian", "Russian", "American", "Lebanese", "Christian", "Yazidi", "Ramadan", "Eid", "President",
            "Prime", "Minister", "Ministry", "Army", "Forces", "Force", "Twitter", "Facebook", "Observatory",
            "Command", "General", "Secretary", "Defense", "Defence", "Council", "Operations", "Operation",
            "Read", "More", "Sign", "Subscribe", "Click", "Photo", "Video", "Update", "Breaking", "BEIRUT", "BAGHDAD",
            "DAMASCUS", "ANKARA", "GMT", "UN", "UNHCR", "Human", "Rights", "State", "Islamic", "Mr", "Mrs", "Dr",
            "Colonel", "Col", "Gen", "Lt", "Major", "Commander", "Spokesman", "Brigadier", "Sheikh", "Takfiri",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Arabic", "English",
            "Since", "While", "When", "Although", "Though", "Despite", "During", "Under", "Until", "With", "Without",
            "If", "Once", "Now", "Today", "Yesterday", "Also", "Then", "There", "Here", "Some", "Many", "Most", "All",
            "Both", "Several", "Last", "Next", "Thus", "So", "Yet", "From", "To", "Of", "Over", "About");
    /** "Jaysh al-Izza", "Patriotic Union", "Sultan Murad Brigade": a word that names a group makes the name a group's. */
    private static final Set<String> GROUP_WORDS = Set.of(
            "Jaysh", "Jaish", "Liwa", "Harakat", "Kataib", "Kata'ib", "Saraya", "Ahrar", "Jabhat", "Faylaq", "Hayat",
            "Brigade", "Brigades", "Battalion", "Battalions", "Division", "Regiment", "Front", "Movement", "Party",
            "Union", "Alliance", "Coalition", "Committee", "Agency", "Organization", "Organisation", "Group", "Units");
    /** "Osama al-Saleh, a top aide to the leader": a name a person's role follows is no place. */
    private static final Pattern PERSON_APPOSITION = Pattern.compile(
            ",\\s+(?:a|an|the|its|his)\\s+(?:[\\w-]+\\s+){0,3}?(?:aide|commander|leader|official|spokesman|spokesperson|member|head|chief|minister|president|general|emir|deputy|fighter|activist|journalist|resident)s?\\b");
    /** "a top aide to al-Baghdadi", "the son of Abu Ali": a name a person's tie precedes is a person. */
    private static final Pattern PERSON_TIE = Pattern.compile(
            "\\b(?:aide|adviser|advisor|deputy|successor|son|daughter|wife|brother|father|loyalists?|followers?)\\s+(?:to|of)\\s+$");
    /** "Ankara claimed", "Rami Abdul Rahman said": a name a verb of saying follows speaks; it is no place of events. */
    private static final Pattern SPEAKER = Pattern.compile(
            "^\\s+(?:said|says|claimed|claims|told|added|announced|stated|reported|denied|insisted|warned|confirmed)\\b");
    private static final Pattern PLACE_SUBJECT = Pattern.compile(
            "(?:\\s*,\\s*\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*)*)*(?:,?\\s+and\\s+\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*)*)?"
                    + "\\s+(?:was|were|is|are|remains?|fell|falls|has\\s+been|have\\s+been|had\\s+been)\\b");
    /** "By Jane Doe and John Roe": a byline names the writers. */
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*(?:(?:Reporting|Writing|Editing|Additional\\s+reporting)\\s+)?[Bb]y\\s+\\p{Lu}[\\p{L}.'\\-]*(?:,?\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'\\-]*)*[\\s.;]*$");
    /** "US-backed", "Kurdish-led", "IS-held": a qualifier of a noun, not a place. */
    private static final Pattern QUALIFIER = Pattern.compile("-(?:backed|led|held|controlled|sponsored|supported|based|language|run|allied)\\b");
    private static final Pattern ALIAS_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'\\-]*\\s*\\(\\s*$");
    private static final Set<String> GEOGRAPHIC = Set.of("Desert", "Mountains", "Mountain", "River", "Valley", "Plain", "Plains", "Kurdistan");
    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest");
    /** "Syrian-Iraqi", "Turkish-Syrian": adjectives of two countries, a border, not a place. */
    private static final Pattern DEMONYM_PAIR = Pattern.compile("\\p{Lu}\\p{L}+(?:an|ish|i)-\\p{Lu}\\p{L}+(?:an|ish|i)");

    /** A place name found in a sentence, with offsets in the sentence. */
    public record PlaceName(int start, int end, String name) {
    }

    public List<PlaceName> find(String sentence) {
        List<PlaceName> found = new ArrayList<>();
        if (BYLINE.matcher(sentence).matches()) {
            return found;
        }
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            String name = trim(m.group());
            int start = m.start() + (m.group().length() - m.group().stripLeading().length());
            // "Syria's Afrin", "Iraq's Ramadi": the country says where the place is, it is not the name
            String phrase = dropLeadingNonPlaceWords(name);
            String kept = phrase.replaceFirst("^\\p{Lu}\\p{L}+'s\\s+(?=\\p{Lu})", "");
            // "Syrian Desert", "Iraqi Kurdistan": an adjective of a country is part of a name of land
            name = GEOGRAPHIC.contains(kept) ? name : kept;
            if (name.length() < 2 || DIRECTIONS.contains(name) || namesGroup(name) || QUALIFIER.matcher(name).find() || DEMONYM_PAIR.matcher(name).matches() || acronym(name)) {
                continue;
            }
            start = sentence.indexOf(name, m.start());
            int end = start + name.length();
            int phraseStart = phrase.isEmpty() ? start : Math.min(start, sentence.indexOf(phrase, m.start()));
            if (!(leadsToPlace(sentence, phraseStart) || opensPassive(sentence, phraseStart, end)) || alias(sentence, phraseStart, end)
                    || PERSON_APPOSITION.matcher(sentence).region(end, sentence.length()).lookingAt()
                    || SPEAKER.matcher(sentence).region(end, sentence.length()).lookingAt()
                    || PERSON_TIE.matcher(sentence.substring(Math.max(0, start - 30), start)).find()) {
                continue;
            }
            found.add(new PlaceName(start, start + name.length(), name));
        }
        return found;
    }

    private static boolean namesGroup(String name) {
        for (String word : name.split("[\\s-]+")) {
            if (GROUP_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Capitals only ("SANA", "TNS", "BEIRUT"): agencies and datelines, not places of events. */
    private static boolean acronym(String name) {
        return name.length() >= 2 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String trim(String s) {
        String t = s.strip();
        while (t.endsWith("-") || t.endsWith("'")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    private static String dropLeadingNonPlaceWords(String name) {
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_PLACES.contains(words[first])) {
            first++;
        }
        int last = words.length;
        while (last > first && NOT_PLACES.contains(words[last - 1])) {
            last--;
        }
        return first >= last ? "" : String.join(" ", java.util.Arrays.copyOfRange(words, first, last));
    }

    /** "Khanaqin and Mandali were also given back", "Mosul fell to IS", "Raqqa is its capital": the subject of what befell a place or what it is. */
    private static boolean opensPassive(String sentence, int start, int end) {
        return sentence.substring(0, start).isBlank() && PLACE_SUBJECT.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /** "Islamic State (Isis)", "Syrian Democratic Forces (SDF)": a name in brackets after a name is its other name. */
    private static boolean alias(String sentence, int start, int end) {
        return ALIAS_BEFORE.matcher(sentence.substring(Math.max(0, start - 30), start)).find()
                && sentence.startsWith(")", end);
    }

    private static boolean leadsToPlace(String sentence, int start) {
        int i = start - 1;
        while (i >= 0 && sentence.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (sentence.charAt(i) == ',' || sentence.charAt(i) == '(' || sentence.charAt(i) == '"') {
            return true;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(sentence.charAt(i))) {
            i--;
        }
        String word = sentence.substring(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
        return LEAD.contains(word) || word.equals("the") && leadsToPlace(sentence, i + 1);
    }
}
