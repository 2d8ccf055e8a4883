package org.frontline.text;

/**
 * Folds the characters that news sites vary without meaning (curly quotes, primes, dashes, non-breaking
 * spaces, the backtick some wires use for an apostrophe) to one form each, one character for one, so
 * that offsets in the folded text are offsets in the original and patterns need to know only one form.
 */
public final class MatchText {
    private MatchText() {
    }

    public static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new String(out);
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032', '\u00B4', '`', '\u02BC', '\u02BB', '\u02BF', '\u02BE' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F', '\t' -> ' ';
            default -> c;
        };
    }
}
