package org.frontline.terrain;

import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The traced outlines of labelled cells: valid polygons, the union of their cells as H3 draws it, clipped as the borders cut. */
class CellOutlinesTest {
    private static final Grid GRID = Grid.over(TestMaps.twoCountries(), 7);

    private static int[] unlabelled() {
        int[] label = new int[GRID.size()];
        Arrays.fill(label, -1);
        return label;
    }

    /** A cell far from the grid's edge. */
    private static int inland() {
        return GRID.indexAt(36.25, 40.75);
    }

    private static List<Integer> neighbours(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = 6 * i; k < 6 * i + 6; k++) {
            out.add(GRID.neighbours()[k]);
        }
        return out;
    }

    /** H3's own union of the cells (lon/lat), the answer the tracer must give. */
    private static Geometry h3Union(int[] label, int l) {
        List<Long> cells = new ArrayList<>();
        for (int i = 0; i < label.length; i++) {
            if (label[i] == l) {
                cells.add(GRID.cell(i));
            }
        }
        List<Polygon> polygons = new ArrayList<>();
        for (List<List<LatLng>> loops : Grid.h3().cellsToMultiPolygon(cells, true)) {
            LinearRing[] rings = loops.stream().map(loop -> {
                Coordinate[] c = new Coordinate[loop.size() + 1];
                for (int k = 0; k < loop.size(); k++) {
                    c[k] = new Coordinate(loop.get(k).lng, loop.get(k).lat);
                }
                c[loop.size()] = c[0].copy();
                return Grid.GEOMETRY.createLinearRing(c);
            }).toArray(LinearRing[]::new);
            polygons.add(Grid.GEOMETRY.createPolygon(rings[0], Arrays.copyOfRange(rings, 1, rings.length)));
        }
        return Grid.GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static void assertSameAs(Geometry expected, List<Polygon> traced) {
        Geometry union = Grid.GEOMETRY.createMultiPolygon(traced.toArray(Polygon[]::new));
        assertThat(new IsValidOp(union).isValid()).as("valid: %s", new IsValidOp(union).getValidationError()).isTrue();
        assertThat(traced).hasSize(expected.getNumGeometries());
        assertThat(union.getArea()).isCloseTo(expected.getArea(), within(1e-12));
        assertThat(OverlayNGRobust.overlay(union, expected, OverlayNG.SYMDIFFERENCE).getArea()).isLessThan(1e-12);
    }

    @Test
    void oneCellIsItsHexagonCounterClockwise() {
        int[] label = unlabelled();
        label[inland()] = 0;
        List<Polygon> traced = CellOutlines.trace(GRID, label, 1).get(0);
        assertThat(traced).hasSize(1);
        assertThat(traced.get(0).getNumPoints()).isEqualTo(7);
        assertThat(traced.get(0).getNumInteriorRing()).isZero();
        assertThat(Orientation.isCCW(traced.get(0).getExteriorRing().getCoordinateSequence())).isTrue();
        assertSameAs(h3Union(label, 0), traced);
    }

    @Test
    void twoNeighboursAreOnePolygonOfTenCorners() {
        int[] label = unlabelled();
        label[inland()] = 0;
        label[neighbours(inland()).get(0)] = 0;
        List<Polygon> traced = CellOutlines.trace(GRID, label, 1).get(0);
        assertThat(traced.get(0).getNumPoints()).isEqualTo(11);
        assertSameAs(h3Union(label, 0), traced);
    }

    @Test
    void aRingOfCellsHasTheCentreAsItsHole() {
        int[] label = unlabelled();
        neighbours(inland()).forEach(n -> label[n] = 0);
        List<Polygon> traced = CellOutlines.trace(GRID, label, 1).get(0);
        assertThat(traced).hasSize(1);
        assertThat(traced.get(0).getNumInteriorRing()).isEqualTo(1);
        assertThat(Grid.GEOMETRY.createPolygon(traced.get(0).getInteriorRingN(0)).getArea())
                .isCloseTo(h3Hexagon(inland()).getArea(), within(1e-14));
        assertSameAs(h3Union(label, 0), traced);
    }

    @Test
    void twoHoldersShareTheirSidesExactly() {
        int[] label = unlabelled();
        neighbours(inland()).forEach(n -> label[n] = 1);
        label[inland()] = 0;
        List<List<Polygon>> traced = CellOutlines.trace(GRID, label, 2);
        Polygon centre = traced.get(0).get(0);
        Polygon ring = traced.get(1).get(0);
        // the hole of one is the shell of the other, vertex for vertex (the same corners, the other way round)
        assertThat(Arrays.stream(ring.getInteriorRingN(0).getCoordinates()).map(Coordinate::toString).sorted().distinct().toList())
                .isEqualTo(Arrays.stream(centre.getExteriorRing().getCoordinates()).map(Coordinate::toString).sorted().distinct().toList());
        assertThat(OverlayNGRobust.overlay(centre, ring, OverlayNG.INTERSECTION).getArea()).isZero();
    }

    @Test
    void randomLabelsGiveH3sUnionForEachLabel() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int[] label = unlabelled();
            for (int i = 0; i < label.length; i++) {
                // a few cells unlabelled, most in blobs of three labels: pockets, holes, islands in holes
                label[i] = random.nextInt(10) == 0 ? -1 : (int) ((GRID.lon(i) * 7 + GRID.lat(i) * 5 + random.nextInt(2)) % 3);
            }
            List<List<Polygon>> traced = CellOutlines.trace(GRID, label, 3);
            for (int l = 0; l < 3; l++) {
                assertSameAs(h3Union(label, l), traced.get(l));
            }
        }
    }

    @Test
    void cellsAcrossTheCoastAreCutAsTheBordersCutThem() {
        Grid coast = Grid.over(GridClipTest.coastAndBox(), 7);
        int[] label = new int[coast.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = coast.lon(i) < 40.5 ? 0 : 1;
        }
        List<Geometry> clipped = coast.outlines(label, 2);
        for (int l = 0; l < 2; l++) {
            int wanted = l;
            int[] cells = java.util.stream.IntStream.range(0, label.length).filter(i -> label[i] == wanted).toArray();
            Geometry expected = coast.clip(Grid.GEOMETRY.createMultiPolygon(
                    CellOutlines.trace(coast, label, 2).get(l).toArray(Polygon[]::new)));
            assertThat(cells).isNotEmpty();
            assertThat(new IsValidOp(clipped.get(l)).isValid()).isTrue();
            assertThat(clipped.get(l).getArea()).isCloseTo(expected.getArea(), within(1e-12));
            assertThat(OverlayNGRobust.overlay(clipped.get(l), expected, OverlayNG.SYMDIFFERENCE).getArea()).isLessThan(1e-12);
            // the coast's waves are in the outline, and nothing is left at sea
            assertThat(clipped.get(l).getNumPoints()).isGreaterThan(200);
            Geometry land = OverlayNGRobust.union(List.copyOf(GridClipTest.coastAndBox().values()), Grid.GEOMETRY);
            assertThat(OverlayNGRobust.overlay(clipped.get(l), land, OverlayNG.DIFFERENCE).getArea()).isLessThan(1e-12);
        }
    }

    private static Polygon h3Hexagon(int i) {
        List<LatLng> loop = Grid.h3().cellToBoundary(GRID.cell(i));
        Coordinate[] c = new Coordinate[loop.size() + 1];
        for (int k = 0; k < loop.size(); k++) {
            c[k] = new Coordinate(loop.get(k).lng, loop.get(k).lat);
        }
        c[loop.size()] = c[0].copy();
        return Grid.GEOMETRY.createPolygon(c);
    }
}
