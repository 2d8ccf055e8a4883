package org.frontline.text;

import org.frontline.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    @Test
    void splitsLinesThenSentencesWithOffsets() {
        String text = "Army takes border town\n\nThe army took the town on Monday. Militants fled to the desert.\nMore fighting is expected.";
        List<Sentence> sentences = new SentenceSplitter().split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Army takes border town", "The army took the town on Monday.", "Militants fled to the desert.", "More fighting is expected.");
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void foldingKeepsOffsets() {
        String text = "Kata\u2019ib Hezbollah \u2013 a unit";
        assertThat(MatchText.fold(text)).isEqualTo("Kata'ib Hezbollah - a unit").hasSameSizeAs(text);
    }
}
