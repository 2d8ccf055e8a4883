package org.frontline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as the pipeline reads it: its clean main text and what is known of its origin.
 *
 * @param id        stable identifier (the file name without extension, or a hash of the URL)
 * @param url       where it was published, null if unknown
 * @param source    the outlet, null if unknown
 * @param published publication date, null if unknown; relative dates resolve against it
 * @param title     headline, null if none
 * @param text      main text with boilerplate removed; the title is not repeated in it
 */
public record Article(String id, String url, String source, LocalDate published, String title, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, url, source, date, title, text);
    }

    /** The text the extractor reads: the headline as its own paragraph, then the body. */
    public String fullText() {
        return title == null || title.isBlank() ? text : title + "\n\n" + text;
    }
}
