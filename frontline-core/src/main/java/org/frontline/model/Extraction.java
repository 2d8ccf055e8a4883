package org.frontline.model;

import java.util.List;

/** What the pipeline makes of one article. */
public record Extraction(Article article, List<Event> events, List<Relation> relations) {
    public Extraction {
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }
}
