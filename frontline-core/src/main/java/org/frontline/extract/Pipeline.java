package org.frontline.extract;

import org.frontline.model.Article;
import org.frontline.model.Extraction;

import java.util.List;

/**
 * The extraction pipeline: an article in, its events and relations out.
 * Thread-safe: one instance serves all threads.
 */
public final class Pipeline {

    public Extraction extract(Article article) {
        // Placeholder until the extractor lands (issue 2); callers code against this signature.
        return new Extraction(article, List.of(), List.of());
    }
}
