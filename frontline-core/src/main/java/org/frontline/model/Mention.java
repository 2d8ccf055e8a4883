package org.frontline.model;

/**
 * A span of text that names something: an actor, a place, a date, a number.
 *
 * @param kind  what is named
 * @param start offset of the first character in the sentence
 * @param end   offset after the last character in the sentence
 * @param text  the words as written
 * @param value the canonical value: an actor id, a place name, an ISO date, a number
 */
public record Mention(Kind kind, int start, int end, String text, String value) {
    public enum Kind { ACTOR, PLACE, DATE, NUMBER }

    public int length() {
        return end - start;
    }
}
