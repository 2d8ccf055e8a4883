package org.frontline.model;

/**
 * Where a claim comes from: the article, the sentence and the character span of the evidence
 * in {@link Article#fullText()}.
 */
public record Provenance(String articleId, int sentenceIndex, int start, int end) {
}
