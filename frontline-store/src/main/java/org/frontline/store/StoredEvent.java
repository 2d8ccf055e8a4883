package org.frontline.store;

import org.frontline.model.Event;

/**
 * An event as stored: the extracted event with the row it lives in and the article it came from.
 *
 * @param id         the event's row id
 * @param source     the outlet of the article, null if unknown
 * @param url        the address of the article, null if unknown
 * @param incidentId the incident the event is part of, null before linking
 * @param event      what was extracted; its provenance names the stored article
 */
public record StoredEvent(long id, String source, String url, Long incidentId, Event event) {
    public String articleId() {
        return event.provenance().articleId();
    }
}
