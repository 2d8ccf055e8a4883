package org.frontline.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * What is known about where a name is: the countries the text speaks of, points it is near (other places
 * of the article, a province's seat, a user's --near), and countries whose border it is said to be on.
 */
public record SearchContext(Set<String> countries, List<Anchor> near, Set<String> borders) {
    public static final SearchContext NONE = new SearchContext(Set.of(), List.of(), Set.of());

    public SearchContext {
        countries = Set.copyOf(countries);
        near = List.copyOf(near);
        borders = Set.copyOf(borders);
    }

    /** A point a place is likely near, and the name to give as the reason. */
    public record Anchor(String name, double lat, double lon) {
    }
}
