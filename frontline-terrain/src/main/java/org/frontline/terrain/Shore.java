package org.frontline.terrain;

import com.uber.h3core.H3Core;
import com.uber.h3core.LengthUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Where the borders cut the grid's cells, to clip sets of whole cells to the borders: a cell no border line crosses
 * lies wholly inside its country, so a set of cells clipped is the set less the water of its cells that a line
 * crosses (the part of a hexagon outside every border: sea, or a country not in the grid).
 *
 * <p>Clipping a day's traced territory polygon by polygon against the pieces of the borders near each
 * ({@link Grid#clip}) took about 0.9 s of CPU on the default grid (JFR: OverlayNG over a whole polygon once per
 * piece of border it reaches, then the union of the cuts); here a polygon no crossed cell with water lies in is
 * kept as it is, and the others take one difference with their cells' water. The crossed cells are found once per
 * grid, walking every border ring in steps of half a cell's edge (a hexagon a ring crosses holds a step, or is next
 * to the cell of one); a cell's water is cut from its hexagon when first asked for (its own {@link Grid#clip}), and
 * kept.
 *
 * <p>Thread-safe.
 */
final class Shore {
    /** Water below this share of a hexagon is a sliver between two borders that meet, not water. */
    private static final double SLIVER = 1e-9;
    /** Unions of water kept: a day's territory has a few hundred polygons with water. */
    private static final int KEPT_UNIONS = 4096;
    private static final Geometry NONE = Grid.GEOMETRY.createPolygon();

    private final Grid grid;
    private final BitSet crossed;
    private final Map<Integer, Geometry> water = new HashMap<>();
    /** The unions of water last asked for, least recently used out first. */
    private final Map<WetCells, Geometry> unions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WetCells, Geometry> eldest) {
            return size() > KEPT_UNIONS;
        }
    };

    Shore(Grid grid) {
        this.grid = grid;
        this.crossed = crossedCells(grid);
    }

    /** The cells whose hexagon a border line crosses, or may: the cell of each step along the rings, and its neighbours. */
    private static BitSet crossedCells(Grid grid) {
        H3Core h3 = Grid.h3();
        int[] near = grid.neighbours();
        double stepKm = h3.getHexagonEdgeLengthAvg(grid.resolution(), LengthUnit.km) / 2;
        BitSet out = new BitSet(grid.size());
        long last = 0;
        for (Geometry border : grid.borders().values()) {
            for (int g = 0; g < border.getNumGeometries(); g++) {
                Polygon polygon = (Polygon) border.getGeometryN(g);
                for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                    LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
                    Coordinate[] coords = ring.getCoordinates();
                    for (int k = 1; k < coords.length; k++) {
                        Coordinate a = coords[k - 1];
                        Coordinate b = coords[k];
                        int steps = (int) Math.ceil(Geo.km(a.y, a.x, b.y, b.x) / stepKm);
                        for (int q = 0; q <= steps; q++) {
                            double f = steps == 0 ? 0 : q / (double) steps;
                            long cell = h3.latLngToCell(a.y + f * (b.y - a.y), a.x + f * (b.x - a.x), grid.resolution());
                            if (cell == last) {
                                continue;
                            }
                            last = cell;
                            int i = grid.indexOf(cell);
                            if (i >= 0) {
                                out.set(i);
                                for (int n = 6 * i; n < 6 * i + 6; n++) {
                                    if (near[n] >= 0) {
                                        out.set(near[n]);
                                    }
                                }
                            } else {
                                for (long neighbour : h3.gridDisk(cell, 1)) {
                                    int j = grid.indexOf(neighbour);
                                    if (j >= 0) {
                                        out.set(j);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Each label's polygons (as {@link CellOutlines#trace} gives them) clipped to the borders.
     *
     * @return per label a MultiPolygon, empty for a label without land
     */
    List<Geometry> clip(List<List<Polygon>> polygons, int[] label) {
        List<List<Integer>> wet = new ArrayList<>();
        for (int l = 0; l < polygons.size(); l++) {
            wet.add(new ArrayList<>());
        }
        for (int i = crossed.nextSetBit(0); i >= 0; i = crossed.nextSetBit(i + 1)) {
            if (label[i] >= 0 && !water(i).isEmpty()) {
                wet.get(label[i]).add(i);
            }
        }
        List<Geometry> out = new ArrayList<>(polygons.size());
        for (int l = 0; l < polygons.size(); l++) {
            out.add(clip(polygons.get(l), wet.get(l)));
        }
        return out;
    }

    private Geometry clip(List<Polygon> polygons, List<Integer> wetCells) {
        List<List<Integer>> wetIn = new ArrayList<>();
        for (int k = 0; k < polygons.size(); k++) {
            wetIn.add(new ArrayList<>());
        }
        Map<Integer, IndexedPointInAreaLocator> locators = new HashMap<>();
        for (int i : wetCells) {
            Coordinate centre = new Coordinate(grid.lon(i), grid.lat(i));
            wetIn.get(polygons.size() == 1 ? 0 : polygonHolding(polygons, centre, locators)).add(i);
        }
        List<Polygon> clipped = new ArrayList<>(polygons.size());
        for (int k = 0; k < polygons.size(); k++) {
            List<Integer> wet = wetIn.get(k);
            if (wet.isEmpty()) {
                clipped.add(polygons.get(k));
                continue;
            }
            Geometry water = water(new WetCells(wet.stream().mapToInt(Integer::intValue).toArray()));
            Geometry land = OverlayNGRobust.overlay(polygons.get(k), water, OverlayNG.DIFFERENCE);
            for (int p = 0; p < land.getNumGeometries(); p++) {
                if (land.getGeometryN(p) instanceof Polygon polygon && !polygon.isEmpty()) {
                    clipped.add(polygon);
                }
            }
        }
        return Grid.GEOMETRY.createMultiPolygon(clipped.toArray(Polygon[]::new));
    }

    /** Which of a label's polygons holds a cell's centre (the centres of its cells lie in exactly one). */
    private static int polygonHolding(List<Polygon> polygons, Coordinate centre, Map<Integer, IndexedPointInAreaLocator> locators) {
        for (int k = 0; k < polygons.size(); k++) {
            Polygon polygon = polygons.get(k);
            if (polygon.getEnvelopeInternal().contains(centre)
                    && locators.computeIfAbsent(k, p -> new IndexedPointInAreaLocator(polygon)).locate(centre) == Location.INTERIOR) {
                return k;
            }
        }
        throw new IllegalStateException("a cell's centre outside the polygons of its cells");
    }

    /** Cells with water, in increasing order: a key of their water's union. */
    private record WetCells(int[] cells) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WetCells other && Arrays.equals(cells, other.cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cells);
        }
    }

    /**
     * The union of the cells' water: kept, since a polygon's wet cells (a stretch of coast) mostly stay those of the
     * day before when the polygon itself changes. The union took half of the clipping's time.
     */
    private synchronized Geometry water(WetCells wet) {
        Geometry kept = unions.get(wet);
        if (kept == null) {
            List<Geometry> parts = new ArrayList<>(wet.cells().length);
            for (int i : wet.cells()) {
                parts.add(water(i));
            }
            kept = parts.size() == 1 ? parts.get(0) : OverlayNGRobust.union(parts, Grid.GEOMETRY);
            unions.put(wet, kept);
        }
        return kept;
    }

    /** The part of cell i's hexagon outside every border; empty when there is none. */
    private synchronized Geometry water(int i) {
        Geometry kept = water.get(i);
        if (kept == null) {
            Polygon hexagon = grid.sides().read(sides -> hexagon(sides, i));
            Geometry wet = OverlayNGRobust.overlay(hexagon, grid.clip(hexagon), OverlayNG.DIFFERENCE);
            kept = wet.getArea() <= SLIVER * hexagon.getArea() ? NONE : wet;
            water.put(i, kept);
        }
        return kept;
    }

    private static Polygon hexagon(CellSides sides, int i) {
        List<Coordinate> ring = new ArrayList<>();
        for (int s = 0; s < sides.sides(i); s++) {
            ring.add(new Coordinate(sides.lon(i, s), sides.lat(i, s)));
            double[] between = sides.inside(i, s);
            if (between != null) {
                for (int k = 0; k < between.length; k += 2) {
                    ring.add(new Coordinate(between[k], between[k + 1]));
                }
            }
        }
        ring.add(ring.get(0).copy());
        return Grid.GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
    }
}
