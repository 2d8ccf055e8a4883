package org.frontline.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose every match begins with a character that {@code first} accepts, a letter or digit of those only at a
 * word start (what a leading {@code \b} asks there), found by trying it at those places only. A pattern is tried
 * from every character otherwise, and on an article's whole text that was most of what a lone pattern cost.
 * Finds exactly what {@link Matcher#find()} finds, match after match. Thread-safe.
 */
public final class WordStartPattern {
    private final Pattern pattern;
    private final IntPredicate first;

    /** @param first accepts every character a match of {@code pattern} can begin with (more is slower, never wrong) */
    public WordStartPattern(Pattern pattern, IntPredicate first) {
        this.pattern = pattern;
        this.first = first;
    }

    /** An ASCII letter or digit: what a pattern of ASCII words, digits and {@code \b} begins with. */
    public static boolean isAsciiLetterOrDigit(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    public boolean foundIn(String text) {
        return in(text).find();
    }

    /** The matches in {@code text}, one at each {@link Finder#find()}. */
    public Finder in(String text) {
        return new Finder(text);
    }

    /** The successive matches in one text, as a {@link Matcher} finds them. Not thread-safe. */
    public final class Finder {
        private final String text;
        private final Matcher matcher;
        private int next;

        private Finder(String text) {
            this.text = text;
            // the region moves to each place tried; the pattern still sees the text around it, as find() would
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** As {@link Matcher#find()}: whether there is a match after the last one; then {@link #match()} holds it. */
        public boolean find() {
            for (int i = next; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean mayStart = first.test(c) && (!isWordChar(c) || i == 0 || !isWordChar(text.charAt(i - 1)));
                if (mayStart && matcher.region(i, text.length()).lookingAt()) {
                    next = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
            next = text.length();
            return false;
        }

        /** The last match found: its bounds and groups. */
        public Matcher match() {
            return matcher;
        }
    }

    /** A character {@code \b} counts as a word's: before one, a word character does not start a word. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
