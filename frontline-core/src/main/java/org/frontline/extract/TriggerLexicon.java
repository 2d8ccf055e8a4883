package org.frontline.extract;

import org.frontline.model.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that report events ({@code triggers.tsv}), compiled into one alternation per type and form so
 * that a sentence is scanned once per group rather than once per word.
 */
public final class TriggerLexicon {
    private static final String DEFAULT = "/org/frontline/extract/triggers.tsv";

    /** Where the roles of an event stand relative to its trigger words. */
    public enum Form { ACTIVE, PASSIVE, NOMINAL, HELDBY, PREFIX }

    /** Trigger words found in a sentence; {@code prefix} is the holder word of a PREFIX form, else null. */
    public record Trigger(EventType type, Form form, int start, int end, String prefix) {
    }

    /**
     * @param asciiStarts which ASCII characters a match may begin with: most word starts begin none of a group's
     *                    words, and an array look-up turns them down for much less than the pattern would
     */
    private record Group(EventType type, Form form, Pattern pattern, boolean[] asciiStarts) {
        Group(EventType type, Form form, Pattern pattern) {
            this(type, form, pattern, TriggerLexicon.asciiStarts(pattern));
        }

        boolean mayStartWith(char c) {
            return c >= asciiStarts.length || asciiStarts[c];
        }
    }

    /**
     * A character may begin a match when the pattern matches it alone or reads to its end (hit the end: more
     * text could complete a match); otherwise no text that begins with it can match.
     */
    static boolean[] asciiStarts(Pattern pattern) {
        boolean[] starts = new boolean[128];
        // a look-behind would look before the lone character, where the sentence has text: any start may match
        boolean lookBehind = pattern.pattern().contains("(?<");
        for (char c = 0; c < starts.length; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            starts[c] = lookBehind || m.lookingAt() || m.hitEnd();
        }
        return starts;
    }

    private final List<Group> groups;

    private TriggerLexicon(List<Group> groups) {
        this.groups = groups;
    }

    public static TriggerLexicon loadDefault() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(DEFAULT)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    if (c.length != 3) {
                        throw new IllegalArgumentException(DEFAULT + ": expected type, form, pattern in: " + line);
                    }
                    rows.add(c);
                }
            }
            List<Group> groups = new ArrayList<>();
            for (String[] row : rows) {
                EventType type = EventType.fromCode(row[0]);
                Form form = Form.valueOf(row[1].toUpperCase(Locale.ROOT));
                // written in lower case and matched on lower-cased text: case-insensitive matching cost more than the rest of extraction
                groups.add(new Group(type, form, Pattern.compile("\\b(?:" + row[2] + ")\\b")));
            }
            return new TriggerLexicon(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case one character for one, so that offsets stay those of the sentence. */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Triggers in text order; of overlapping ones of the same type the longest is kept. */
    public List<Trigger> find(String sentence) {
        List<Trigger> found = new ArrayList<>();
        String lower = lowerCase(sentence);
        int[] wordStarts = wordStarts(lower);
        for (Group g : groups) {
            Matcher m = g.pattern.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            int next = 0;
            // every pattern begins with a letter: trying it at word starts only finds what find() would, for a
            // fraction of the cost (scanning every character was most of the extraction's time)
            for (int start : wordStarts) {
                if (start >= next && g.mayStartWith(lower.charAt(start)) && m.region(start, lower.length()).lookingAt()) {
                    String prefix = g.form == Form.PREFIX ? sentence.substring(m.start(1), m.end(1)) : null;
                    found.add(new Trigger(g.type, g.form, m.start(), m.end(), prefix));
                    next = m.end();
                }
            }
        }
        found.sort(Comparator.comparingInt((Trigger t) -> t.start() - t.end()));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : found) {
            boolean covered = kept.stream().anyMatch(k -> k.start() < t.end() && t.start() < k.end()
                    && (k.type() == t.type() || (k.end() - k.start()) > (t.end() - t.start())));
            if (!covered) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Trigger::start));
        return kept;
    }
}
