package org.frontline.terrain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Clipping to the borders, polygon by polygon and against the pieces of a detailed border, gives the plain overlay's answer. */
class GridClipTest {
    /**
     * A country whose northern edge is a coast of 4,000 points (a sine wave between 36.4° and 36.6°N over 40.0° to
     * 41.0°E), so that its border is cut into pieces, beside a plain box east of it.
     */
    static Map<String, Geometry> coastAndBox() {
        List<Coordinate> ring = new ArrayList<>();
        ring.add(new Coordinate(40.0, 36.0));
        ring.add(new Coordinate(41.0, 36.0));
        int points = 4000;
        for (int i = 0; i <= points; i++) {
            double lon = 41.0 - i / (double) points;
            ring.add(new Coordinate(lon, 36.5 + 0.1 * Math.sin(lon * 200)));
        }
        ring.add(new Coordinate(40.0, 36.0));
        Map<String, Geometry> borders = new LinkedHashMap<>();
        borders.put("CST", Grid.GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new)));
        borders.put("BOX", TestMaps.box(41.0, 36.0, 41.5, 36.6));
        return borders;
    }

    private static Polygon square(double lon, double lat, double side) {
        return (Polygon) TestMaps.box(lon, lat, lon + side, lat + side);
    }

    @Test
    void eachPolygonIsCutAsTheWholeLandWouldCutIt() {
        Map<String, Geometry> borders = coastAndBox();
        Grid grid = Grid.over(borders, 5);
        Polygon inland = square(40.2, 36.1, 0.1);
        Polygon acrossTheBorder = square(40.95, 36.1, 0.1);
        Polygon acrossTheCoast = square(40.3, 36.35, 0.4);
        Polygon acrossCoastAndBorder = square(40.8, 36.3, 0.4);
        Polygon atSea = square(40.2, 37.0, 0.1);
        Geometry territory = Grid.GEOMETRY.createMultiPolygon(new Polygon[] {inland, acrossTheBorder, acrossTheCoast, acrossCoastAndBorder, atSea});

        Geometry clipped = grid.clip(territory);

        Geometry land = OverlayNGRobust.union(List.copyOf(borders.values()), Grid.GEOMETRY);
        Geometry expected = OverlayNGRobust.overlay(territory, land, OverlayNG.INTERSECTION);
        assertThat(clipped.isValid()).isTrue();
        assertThat(clipped.getArea()).isCloseTo(expected.getArea(), within(1e-12));
        assertThat(OverlayNGRobust.overlay(clipped, expected, OverlayNG.SYMDIFFERENCE).getArea()).isLessThan(1e-12);
        // the polygon inside one country comes back as it is, the one across the plain border whole again
        assertThat(clipped.getGeometryN(0).equalsExact(inland)).isTrue();
        assertThat(clipped.getGeometryN(1).getArea()).isCloseTo(acrossTheBorder.getArea(), within(1e-12));
        assertThat(clipped.getGeometryN(1).getNumGeometries()).isEqualTo(1);
        // the coast cuts the land out of its squares (each cut whole again across the pieces of the border and the
        // countries), and the square at sea is gone
        assertThat(clipped.getNumGeometries()).isEqualTo(4);
        assertThat(clipped.getGeometryN(2).getNumPoints()).isGreaterThan(1000);
        assertThat(clipped.intersects(atSea)).isFalse();
    }

    @Test
    void nothingInsideGivesAnEmptyMultiPolygon() {
        Grid grid = Grid.over(coastAndBox(), 5);
        Geometry clipped = grid.clip(Grid.GEOMETRY.createMultiPolygon(new Polygon[] {square(45.0, 30.0, 0.5)}));
        assertThat(clipped.isEmpty()).isTrue();
        assertThat(clipped.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(grid.clip(Grid.GEOMETRY.createMultiPolygon()).isEmpty()).isTrue();
    }

    @Test
    void asksTheSameAnswerOfAGridUsedByManyThreads() throws Exception {
        Grid grid = Grid.over(coastAndBox(), 5);
        Geometry territory = Grid.GEOMETRY.createMultiPolygon(new Polygon[] {square(40.1, 36.3, 0.8)});
        List<Thread> threads = new ArrayList<>();
        double[] areas = new double[4];
        for (int t = 0; t < areas.length; t++) {
            int slot = t;
            threads.add(new Thread(() -> areas[slot] = grid.clip(territory).getArea()));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double expected = Grid.over(coastAndBox(), 5).clip(territory).getArea();
        assertThat(areas).containsOnly(expected);
    }
}
