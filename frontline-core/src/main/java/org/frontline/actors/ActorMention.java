package org.frontline.actors;

/**
 * A phrase of the dictionary found in a text.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record ActorMention(int start, int end, ActorDictionary.Entry entry) {
    public ActorDictionary.Kind kind() {
        return entry.kind();
    }
}
