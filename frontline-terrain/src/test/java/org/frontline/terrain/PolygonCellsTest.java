package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class PolygonCellsTest {
    /** A concave outline (an L with a notch cut into its long side) with a lake inside: blocks inside, outside and across. */
    private static final Polygon L_WITH_LAKE = Grid.GEOMETRY.createPolygon(
            ring(40.0, 35.0, 42.5, 35.0, 42.5, 35.6, 41.0, 35.6, 41.0, 36.2, 40.7, 36.2, 40.6, 35.9, 40.4, 36.2, 40.0, 36.2, 40.0, 35.0),
            new LinearRing[] {ring(41.5, 35.2, 42.0, 35.2, 41.8, 35.45, 41.5, 35.2)});

    @Test
    void findsTheCellsH3FindsAtEveryResolutionItIsUsedAt() {
        for (int resolution : new int[] {2, 5, 6, 7}) {
            List<Long> expected = Grid.h3().polygonToCells(PolygonCells.ring(L_WITH_LAKE.getExteriorRing().getCoordinates()),
                    List.of(PolygonCells.ring(L_WITH_LAKE.getInteriorRingN(0).getCoordinates())), resolution);
            assertThat(PolygonCells.of(L_WITH_LAKE, resolution)).as("resolution %d", resolution)
                    .hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void leavesOutTheLake() {
        long lakeCell = Grid.h3().latLngToCell(35.3, 41.75, 7);
        long landCell = Grid.h3().latLngToCell(35.3, 40.5, 7);
        assertThat(PolygonCells.of(L_WITH_LAKE, 7)).contains(landCell).doesNotContain(lakeCell);
    }

    private static LinearRing ring(double... lonLat) {
        Coordinate[] coords = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return Grid.GEOMETRY.createLinearRing(coords);
    }
}
