package org.frontline.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date and time stamps that pages print around an article ("Sunday, September 22, 2019",
 * "Updated: 2015-05-18 08:34", "27 May 2019 04:02 (UTC+04:00)"): page furniture, not news. The dates an
 * article reports are inside sentences, which these patterns never remove whole.
 */
final class DateStamp {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?";
    private static final String WRITTEN = "(?:" + WEEKDAY + "\\s+)?(?:" + MONTH + "\\s+" + DAY + ",?\\s+\\d{4}"
            + "|" + DAY + "\\s+" + MONTH + ",?\\s+\\d{4})";
    private static final String NUMERIC = "\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}";
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?";
    private static final String ZONE = "\\(?(?:gmt|utc)(?:[+-]\\d{1,2}(?::\\d{2})?)?\\)?";
    /** Words that label a stamp. */
    private static final String LABEL = "date|published|posted|updated|last|modified|on|at|by";

    /** Every match holds an ASCII digit or a zone's name: {@link #mayHoldPart} relies on it. */
    static final Pattern PART = Pattern.compile(
            "\\b(?:" + ISO + "|" + WRITTEN + "|" + NUMERIC + "|" + TIME + ")|" + ZONE,
            Pattern.CASE_INSENSITIVE);
    /** What is left between the words of a line once its stamp is taken out (compiled once: every block is asked). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}@#'’]+");
    private static final Pattern LABELS = Pattern.compile("\\b(?:" + LABEL + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Case-insensitive but for the capital that must start the text after the stamp. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?i:(?:" + LABEL + ")\\s*:?\\s*)?(?i:" + ISO + "|" + WRITTEN + ")\\s+(?=\\p{Lu})");

    private DateStamp() {
    }

    /**
     * Whether a line is a stamp: it holds a date or time, and without its dates, times, labels and punctuation
     * at most two words are left (a wire name such as "Reuters", a UI word such as "close").
     */
    static boolean isStamp(String line) {
        if (!mayHoldPart(line)) {
            return false;
        }
        Matcher m = PART.matcher(line);
        if (!m.find()) {
            return false;
        }
        String rest = LABELS.matcher(m.reset().replaceAll(" ")).replaceAll(" ");
        String words = NOT_WORD.matcher(rest).replaceAll(" ").strip();
        return words.isEmpty() || words.split(" ").length <= 2;
    }

    /**
     * Whether the line holds an ASCII digit or "gmt" or "utc" in any case, as every match of {@link #PART} does: most
     * lines hold neither, and are spared the pattern, which is tried from every character.
     */
    static boolean mayHoldPart(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= '0' && c <= '9') || line.regionMatches(true, i, "gmt", 0, 3) || line.regionMatches(true, i, "utc", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** The line without a stamp glued to its start ("date 2019-08-23 BEIRUT, ..." gives "BEIRUT, ..."). */
    static String stripLeading(String line) {
        Matcher m = LEADING.matcher(line);
        return m.find() && m.end() < line.length() ? line.substring(m.end()) : line;
    }
}
