package org.frontline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A reported happening, tied to the sentence it came from.
 *
 * @param type       what happened
 * @param date       the day it happened, resolved against the publication date; null if not derivable
 * @param dateText   the words that gave the date, null if none
 * @param actor      canonical actor id of the side that acted (for casualties: the side the dead belonged to)
 * @param target     canonical actor id of the other side, null if none stated or implied
 * @param places     places the event is located at
 * @param placeText  the words that located it
 * @param count      number of places taken, or of casualties, when stated
 * @param evidence   the words that report it
 * @param provenance article, sentence and span of the evidence
 * @param confidence 0..1, how sure the extractor is
 */
public record Event(EventType type, LocalDate date, String dateText, String actor, String target,
                   List<Place> places, String placeText, Integer count, String evidence,
                   Provenance provenance, double confidence) {
    public Event {
        places = List.copyOf(places);
    }

    public Event withActors(String newActor, String newTarget) {
        return new Event(type, date, dateText, newActor, newTarget, places, placeText, count, evidence, provenance, confidence);
    }

    public Event withDate(LocalDate day) {
        return new Event(type, day, dateText, actor, target, places, placeText, count, evidence, provenance, confidence);
    }

    public Event withPlaces(List<Place> resolved) {
        return new Event(type, date, dateText, actor, target, resolved, placeText, count, evidence, provenance, confidence);
    }
}
