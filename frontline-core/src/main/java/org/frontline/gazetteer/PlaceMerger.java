package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges places from several sources: a place of a later source within {@value #SAME_PLACE_KM} km of an
 * earlier one with a matching folded name is the same place, kept once with both sources' names and
 * sources (and the earlier source's point); any other place is added.
 */
public final class PlaceMerger {
    public static final double SAME_PLACE_KM = 5.0;

    private final List<GazetteerEntry> places = new ArrayList<>();
    private final Map<String, List<Integer>> byFoldedName = new HashMap<>();
    /** Name → its folded key: the index of the merged places keys every name again, and folding is most of merging. */
    private final Map<String, String> foldedNames = new HashMap<>();
    private int merged;

    public PlaceMerger add(List<GazetteerEntry> source) {
        for (GazetteerEntry p : source) {
            add(p);
        }
        return this;
    }

    public void add(GazetteerEntry p) {
        List<String> keys = p.names().stream().map(this::folded).filter(k -> !k.isEmpty()).distinct().toList();
        for (String key : keys) {
            for (int i : byFoldedName.getOrDefault(key, List.of())) {
                GazetteerEntry q = places.get(i);
                if (!q.id().equals(p.id()) && GreatCircle.km(q.lat(), q.lon(), p.lat(), p.lon()) <= SAME_PLACE_KM
                        && !q.sources().containsAll(p.sources())) {
                    GazetteerEntry both = q.mergedWith(p);
                    places.set(i, both);
                    index(i, keys);
                    merged++;
                    return;
                }
            }
        }
        places.add(p);
        index(places.size() - 1, keys);
    }

    private void index(int i, List<String> keys) {
        for (String k : keys) {
            List<Integer> at = byFoldedName.computeIfAbsent(k, x -> new ArrayList<>(1));
            if (!at.contains(i)) {
                at.add(i);
            }
        }
    }

    /** {@link PlaceNameAnalyzer#fold}, each name folded once. Not thread-safe. */
    public String folded(String name) {
        return foldedNames.computeIfAbsent(name, PlaceNameAnalyzer::fold);
    }

    public List<GazetteerEntry> places() {
        return List.copyOf(places);
    }

    /** How many added places were merged into one already there. */
    public int merged() {
        return merged;
    }
}
