package org.frontline.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * What is known about where a name is: the countries the text speaks of, points it is near (other places
 * of the article, a province's seat, a user's --near), countries whose border it is said to be on, and the kind
 * of site the text calls it ("the gas field of …"; null when it says none).
 */
public record SearchContext(Set<String> countries, List<Anchor> near, Set<String> borders, FeatureKind kind) {
    public static final SearchContext NONE = new SearchContext(Set.of(), List.of(), Set.of());

    public SearchContext {
        countries = Set.copyOf(countries);
        near = List.copyOf(near);
        borders = Set.copyOf(borders);
    }

    public SearchContext(Set<String> countries, List<Anchor> near, Set<String> borders) {
        this(countries, near, borders, null);
    }

    /** The same context for a name the text calls a site of this kind. */
    public SearchContext withKind(FeatureKind stated) {
        return new SearchContext(countries, near, borders, stated);
    }

    /** A point a place is likely near, and the name to give as the reason. */
    public record Anchor(String name, double lat, double lon) {
    }
}
