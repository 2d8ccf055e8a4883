package org.frontline.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    /** Prefix of {@link #coordSource} for a point measured from another place: "north of Baaj" has "offset:Baaj". */
    public static final String OFFSET_FROM = "offset:";

    /**
     * The places an event happened at: the resolved ones, less a place named only as the anchor of a relative
     * location ("took villages north of Baaj" did not take Baaj).
     */
    public static List<Place> sites(List<Place> places) {
        Set<String> anchors = places.stream().map(Place::coordSource).filter(c -> c != null && c.startsWith(OFFSET_FROM))
                .map(c -> c.substring(OFFSET_FROM.length())).collect(Collectors.toSet());
        return places.stream().filter(p -> p.resolved() && !(anchors.contains(p.name()) && !p.approximate())).toList();
    }

    /** The one point to show an event at: its first site, else the first place named (unresolved), else null. */
    public static Place where(List<Place> places) {
        List<Place> sites = sites(places);
        return !sites.isEmpty() ? sites.get(0) : places.isEmpty() ? null : places.get(0);
    }

    public static Place named(String name) {
        return new Place(name, null, null, null, false, 0);
    }

    public boolean resolved() {
        return lat != null && lon != null;
    }
}
