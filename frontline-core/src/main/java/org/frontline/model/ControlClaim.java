package org.frontline.model;

import java.time.LocalDate;

/**
 * A statement that an actor controls (or has stopped controlling, or contests) a place from a date on,
 * from a base map or from an event.
 *
 * @param place      where
 * @param actor      canonical actor id
 * @param date       from when the claim holds
 * @param kind       what is claimed
 * @param source     where the claim comes from: a base map name or an article id
 * @param confidence 0..1
 */
public record ControlClaim(Place place, String actor, LocalDate date, Kind kind, String source, double confidence) {
    public enum Kind {
        /** The actor holds the place from this date. */
        HOLDS,
        /** The actor no longer holds the place from this date. */
        LEAVES,
        /** The place is fought over from this date. */
        CONTESTED
    }
}
