package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.frontline.terrain.TestMaps.place;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class TerritoryTest {
    static Grid grid;

    @BeforeAll
    static void grid() {
        grid = Grid.over(TestMaps.twoCountries(), 7);
    }

    @Test
    void gridIsClippedToTheBordersAndKnowsEachCellsCountry() {
        assertThat(grid.size()).isBetween(880, 1050);
        int west = grid.indexAt(36.25, 40.75);
        int east = grid.indexAt(36.25, 41.25);
        assertThat(grid.country(west)).isEqualTo("AAA");
        assertThat(grid.country(east)).isEqualTo("BBB");
        assertThat(grid.indexAt(36.25, 42.0)).isEqualTo(-1);
    }

    @Test
    void cellsAtTheBorderPreferPlacesOfTheirOwnCountry() {
        Territory t = Territory.of(grid, List.of(
                Control.held(place("Westtown", 36.25, 40.90), "SYR_GOV"),
                Control.held(place("Easttown", 36.25, 41.02), "PMF")));
        // 3.6 km from Easttown across the border, 7 km from Westtown on its own side
        assertThat(t.holderAt(36.25, 40.98)).isEqualTo("SYR_GOV");
        assertThat(t.holderAt(36.25, 41.06)).isEqualTo("PMF");
        // beyond 12 km of any place: unheld
        assertThat(t.holderAt(36.25, 40.55)).isNull();
    }

    @Test
    void aForeignPlaceHoldsBorderCellsWhenNoOwnPlaceIsInRange() {
        Territory t = Territory.of(grid, List.of(Control.held(place("Easttown", 36.25, 41.02), "PMF")));
        assertThat(t.holderAt(36.25, 40.98)).isEqualTo("PMF");
        assertThat(t.sourcePlace(grid.indexAt(36.25, 40.98)).place().name()).isEqualTo("Easttown");
    }

    @Test
    void holdingsAndPolygonsStayWithinTheBorders() {
        Territory t = Territory.of(grid, List.of(Control.held(place("Corner", 36.0, 40.5), "IS")));
        Territory.Holding is = t.holdings().get("IS");
        // a quarter disk of 12 km radius, cut by the corner of the borders: about 113 km²
        assertThat(is.km2()).isCloseTo(Math.PI * 144 / 4, within(25.0));
        Geometry polygons = t.polygons("IS");
        assertThat(polygons.isEmpty()).isFalse();
        assertThat(UnaryUnionOp.union(grid.borders().values()).buffer(1e-9).covers(polygons)).isTrue();
        assertThat(t.polygons("nobody").isEmpty()).isTrue();
    }

    @Test
    void applyingOneEventUpdatesItsNeighbourhoodLikeAFullRecompute() {
        Control west = Control.held(place("Westtown", 36.25, 40.90), "SYR_GOV");
        Control east = Control.held(place("Easttown", 36.25, 41.02), "PMF");
        Control north = Control.held(place("Northtown", 36.45, 41.2), "SDF");
        Territory t = Territory.of(grid, List.of(west, east, north));

        Control eastTaken = Control.held(east.place(), "SDF");
        int changed = t.apply(eastTaken);
        Territory full = Territory.of(grid, List.of(west, eastTaken, north));
        assertThat(changed).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(t.holder(i)).as("cell %d", i).isEqualTo(full.holder(i));
        }

        Control eastLost = new Control(east.place(), null, false, List.of(), List.of());
        t.apply(eastLost);
        Territory without = Territory.of(grid, List.of(west, north));
        for (int i = 0; i < grid.size(); i++) {
            assertThat(t.holder(i)).as("cell %d", i).isEqualTo(without.holder(i));
        }
    }
}
