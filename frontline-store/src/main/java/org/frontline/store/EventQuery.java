package org.frontline.store;

import org.frontline.model.EventType;

import java.time.LocalDate;

/**
 * Which stored events to find; null fields do not filter.
 *
 * @param type   what happened
 * @param actor  canonical id of the side that acted
 * @param target canonical id of the other side
 * @param from   first day, inclusive
 * @param to     last day, inclusive
 * @param near   centre of the area, with {@code km}
 * @param km     radius around {@code near}
 */
public record EventQuery(EventType type, String actor, String target, LocalDate from, LocalDate to, LatLon near, double km) {
    public static final double DEFAULT_KM = 25;

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, DEFAULT_KM);
    }

    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(type, actor, target, first, last, near, km);
    }

    public EventQuery within(LatLon centre, double radiusKm) {
        return new EventQuery(type, actor, target, from, to, centre, radiusKm);
    }

    public EventQuery about(EventType what, String by, String against) {
        return new EventQuery(what, by, against, from, to, near, km);
    }
}
