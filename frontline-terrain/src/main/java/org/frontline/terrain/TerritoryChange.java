package org.frontline.terrain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Land that changed hands between two dates on one grid: the cells that passed from one holder to another, with
 * their area. What a map shades as one actor's gains and the other's losses.
 *
 * @param from the earlier holder, null when the land was unheld
 * @param to   the later holder, null when the land is no longer held
 */
public record TerritoryChange(String from, String to, int cells, double km2, Geometry area) {

    /** Every change of holder from {@code earlier} to {@code later}, largest first. */
    public static List<TerritoryChange> between(Territory earlier, Territory later) {
        if (earlier.grid() != later.grid()) {
            throw new IllegalArgumentException("territories to compare must share one grid");
        }
        Map<List<String>, List<Integer>> byPair = new LinkedHashMap<>();
        for (int i = 0; i < later.grid().size(); i++) {
            String before = earlier.holder(i);
            String after = later.holder(i);
            if (!Objects.equals(before, after)) {
                byPair.computeIfAbsent(java.util.Arrays.asList(before, after), k -> new ArrayList<>()).add(i);
            }
        }
        List<TerritoryChange> changes = new ArrayList<>(byPair.size());
        byPair.forEach((pair, cells) -> {
            int[] positions = cells.stream().mapToInt(Integer::intValue).toArray();
            double km2 = 0;
            for (int i : positions) {
                km2 += later.grid().areaKm2(i);
            }
            changes.add(new TerritoryChange(pair.get(0), pair.get(1), positions.length, km2, later.polygons(positions)));
        });
        changes.sort((a, b) -> Double.compare(b.km2(), a.km2()));
        return changes;
    }
}
