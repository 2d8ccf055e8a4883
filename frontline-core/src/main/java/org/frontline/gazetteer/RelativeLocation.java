package org.frontline.gazetteer;

import org.frontline.text.WordStartPattern;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place given relative to another: "20 km east of X", "some 100 km west of Mosul", "north of Baaj",
 * "nine villages west of Baaj". Without a stated distance the offset is {@value #UNSTATED_KM} km with an
 * uncertainty as large; with one, the uncertainty is a quarter of it (at least 2 km), as news rounds.
 *
 * @param bearingDeg    direction from the anchor, degrees clockwise from north
 * @param distanceKm    distance from the anchor
 * @param uncertaintyKm radius within which the place is thought to lie
 * @param phrase        the words that state it, anchor included ("west of the town of Baaj")
 */
public record RelativeLocation(double bearingDeg, double distanceKm, double uncertaintyKm, String phrase) {
    static final double UNSTATED_KM = 10;
    private static final double KM_PER_MILE = 1.609344;

    private static final Map<String, Double> BEARINGS = Map.of(
            "north", 0.0, "northeast", 45.0, "east", 90.0, "southeast", 135.0,
            "south", 180.0, "southwest", 225.0, "west", 270.0, "northwest", 315.0);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));
    private static final String DISTANCE = "(?:(?<num>\\d+(?:[.,]\\d+)?|" + String.join("|", NUMBERS.keySet()) + ")"
            + "\\s*-?\\s*(?<unit>km|kms|kilomet(?:er|re)s?|miles?|mi)\\s+)?";
    private static final String DIRECTION = "(?:to\\s+the\\s+)?(?<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?";

    /** Begins with {@code \\b} and an ASCII letter or digit: tried at word starts only. */
    private static final WordStartPattern RELATION = new WordStartPattern(Pattern.compile("\\b" + DISTANCE + DIRECTION
            + "\\s+of\\s+(?:the\\s+(?:city|town|village|district|area)\\s+of\\s+)?", Pattern.CASE_INSENSITIVE),
            WordStartPattern::isAsciiLetterOrDigit);

    /** The relation to {@code anchor} that {@code text} states, right before the anchor's name, or null. */
    public static RelativeLocation find(String text, String anchor) {
        if (!mentions(text, anchor)) {
            return null; // most texts asked about an anchor do not name it: spared the pattern at every word
        }
        WordStartPattern.Finder found = RELATION.in(text);
        while (found.find()) {
            Matcher m = found.match();
            int end = m.end() + anchor.length();
            if (text.regionMatches(true, m.end(), anchor, 0, anchor.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return of(m, text.substring(m.start(), end));
            }
        }
        return null;
    }

    /** Whether the anchor's name is somewhere in the text, matched as {@link #find} matches it after a relation. */
    private static boolean mentions(String text, String anchor) {
        for (int i = 0; i + anchor.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, anchor, 0, anchor.length())) {
                return true;
            }
        }
        return false;
    }

    private static RelativeLocation of(Matcher m, String phrase) {
        double bearing = BEARINGS.get(m.group("dir").toLowerCase(Locale.ROOT).replace("-", ""));
        if (m.group("num") == null) {
            return new RelativeLocation(bearing, UNSTATED_KM, UNSTATED_KM, phrase);
        }
        String num = m.group("num").toLowerCase(Locale.ROOT);
        double d = NUMBERS.containsKey(num) ? NUMBERS.get(num) : Double.parseDouble(num.replace(',', '.'));
        if (m.group("unit").toLowerCase(Locale.ROOT).startsWith("mi")) {
            d *= KM_PER_MILE;
        }
        return new RelativeLocation(bearing, d, Math.max(2, d / 4), phrase);
    }

    /** Whether the text states the distance ("20 km east of"), not only the direction. */
    public boolean stated() {
        return distanceKm != UNSTATED_KM || uncertaintyKm != UNSTATED_KM;
    }

    /** The offset point from an anchor at (lat, lon), along the great circle. */
    public double[] from(double lat, double lon) {
        return GreatCircle.offset(lat, lon, bearingDeg, distanceKm);
    }
}
