package org.frontline.model;

/**
 * One sentence of an article, with its character span in {@link Article#fullText()}.
 */
public record Sentence(int index, int start, int end, String text) {
}
