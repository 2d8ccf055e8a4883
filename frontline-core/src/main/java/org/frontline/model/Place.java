package org.frontline.model;

/**
 * A place an event is located at: the name as the text gives it and, once resolved, coordinates.
 *
 * @param name          the name as written in the text
 * @param lat           latitude in degrees (WGS 84), null when unresolved
 * @param lon           longitude in degrees (WGS 84), null when unresolved
 * @param coordSource   where the coordinates come from ("geonames:99072", "wiki-map", "offset:Baaj"), null when unresolved
 * @param approximate   true when the point is derived (an offset from an anchor, a border point) rather than the place itself
 * @param uncertaintyKm radius within which the place is thought to lie; 0 when exact or unresolved
 */
public record Place(String name, Double lat, Double lon, String coordSource, boolean approximate, double uncertaintyKm) {

    public static Place named(String name) {
        return new Place(name, null, null, null, false, 0);
    }

    public boolean resolved() {
        return lat != null && lon != null;
    }
}
