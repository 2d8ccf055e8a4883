package org.frontline.store;

import org.frontline.model.EventType;
import org.frontline.model.Place;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as one article reports it: what incident linking looks at.
 *
 * @param eventId    the event's row id
 * @param articleId  the article that reports it
 * @param source     the article's outlet, null if unknown
 * @param places     where, resolved or by name only
 * @param confidence how sure the extractor is of the event
 */
public record Report(long eventId, String articleId, String source, EventType type, String actor, String target,
                     LocalDate date, List<Place> places, double confidence) {
    public Report {
        places = List.copyOf(places);
    }
}
