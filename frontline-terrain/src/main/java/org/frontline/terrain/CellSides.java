package org.frontline.terrain;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sides of a grid's cells, for tracing the outlines of sets of cells ({@link CellOutlines}) and drawing contact
 * lines: each cell's corners in H3's counter-clockwise order, the vertices H3 puts inside a side (the distortion
 * vertices of cells that cross an icosahedron edge: 712 of the default grid's 964,660 cells), and the grid cell
 * across each side.
 *
 * <p>Computed cell by cell when first asked for, and kept: H3's boundary of a cell costs about 4 µs through JNI (4 s
 * for the whole default grid), and the outlines of a day touch only the cells along them. H3 computes a corner again
 * for each of the three cells that share it, with differences in the last bits; here a cell copies the corners
 * (and side vertices) it shares with a neighbour computed before it, so that the outlines of neighbouring cells, and
 * of a cell and the cut of its hexagon ({@link Shore}), meet exactly.
 *
 * <p>Not thread-safe by itself: every use goes through {@link #read}, which holds this object's lock.
 */
final class CellSides {
    private final Grid grid;
    private final int[] near;
    /** Sides of each cell (6, or 5 for a pentagon); 0 until computed. */
    private final byte[] count;
    /** {@code 6 * i + s}: the grid position of the cell across side s of cell i, -1 outside the grid. */
    private final int[] across;
    /** {@code 12 * i + 2 * s}: longitude and latitude of the corner where side s of cell i starts. */
    private final double[] corner;
    /** {@code 6 * i + s}: longitude, latitude, … of the vertices inside side s, in the side's direction; absent for most sides. */
    private final Map<Integer, double[]> inside = new HashMap<>();

    CellSides(Grid grid) {
        this.grid = grid;
        this.near = grid.neighbours();
        this.count = new byte[grid.size()];
        this.across = new int[6 * grid.size()];
        this.corner = new double[12 * grid.size()];
    }

    /** Runs a computation over the sides with this object's lock held. */
    synchronized <T> T read(Function<CellSides, T> computation) {
        return computation.apply(this);
    }

    /** How many sides cell i has. */
    int sides(int i) {
        if (count[i] == 0) {
            compute(i);
        }
        return count[i];
    }

    /** The grid position across side s of cell i, -1 when that cell is outside the grid. */
    int across(int i, int s) {
        sides(i);
        return across[6 * i + s];
    }

    /** The side of cell i that faces grid cell j, -1 when they are not neighbours. */
    int sideFacing(int i, int j) {
        int d = sides(i);
        for (int s = 0; s < d; s++) {
            if (across[6 * i + s] == j) {
                return s;
            }
        }
        return -1;
    }

    /** Longitude of the corner where side s of cell i starts. */
    double lon(int i, int s) {
        sides(i);
        return corner[12 * i + 2 * s];
    }

    double lat(int i, int s) {
        sides(i);
        return corner[12 * i + 2 * s + 1];
    }

    /** The vertices inside side s of cell i (longitude, latitude, …, in the side's direction), null for none. */
    double[] inside(int i, int s) {
        sides(i);
        return inside.get(6 * i + s);
    }

    private void compute(int i) {
        H3Core h3 = Grid.h3();
        List<LatLng> boundary = h3.cellToBoundary(grid.cell(i));
        int m = boundary.size();
        int[] corners = m <= 6 ? firstOf(m) : corners(h3, grid.cell(i), boundary);
        int d = corners.length;
        for (int s = 0; s < d; s++) {
            LatLng start = boundary.get(corners[s]);
            corner[12 * i + 2 * s] = start.lng;
            corner[12 * i + 2 * s + 1] = start.lat;
            int end = s + 1 < d ? corners[s + 1] : corners[0] + m;
            if (end - corners[s] > 1) {
                double[] between = new double[2 * (end - corners[s] - 1)];
                for (int v = corners[s] + 1, k = 0; v < end; v++, k += 2) {
                    LatLng p = boundary.get(v % m);
                    between[k] = p.lng;
                    between[k + 1] = p.lat;
                }
                inside.put(6 * i + s, between);
            }
        }
        for (int s = 0; s < d; s++) {
            across[6 * i + s] = neighbourAcross(i, s, d);
        }
        for (int s = d; s < 6; s++) {
            across[6 * i + s] = -1;
        }
        count[i] = (byte) d;
        // the corners and side vertices shared with neighbours computed before: theirs, so that the sides meet exactly
        for (int s = 0; s < d; s++) {
            int j = across[6 * i + s];
            if (j < 0 || count[j] == 0) {
                continue;
            }
            int t = sideFacing(j, i);
            if (t < 0) {
                continue;
            }
            int next = (s + 1) % d;
            int tNext = (t + 1) % count[j];
            corner[12 * i + 2 * s] = corner[12 * j + 2 * tNext];
            corner[12 * i + 2 * s + 1] = corner[12 * j + 2 * tNext + 1];
            corner[12 * i + 2 * next] = corner[12 * j + 2 * t];
            corner[12 * i + 2 * next + 1] = corner[12 * j + 2 * t + 1];
            double[] theirs = inside.get(6 * j + t);
            if (theirs == null) {
                inside.remove(6 * i + s);
            } else {
                double[] mine = new double[theirs.length];
                for (int k = 0; k < theirs.length; k += 2) {
                    mine[k] = theirs[theirs.length - 2 - k];
                    mine[k + 1] = theirs[theirs.length - 1 - k];
                }
                inside.put(6 * i + s, mine);
            }
        }
    }

    private static int[] firstOf(int m) {
        int[] all = new int[m];
        for (int v = 0; v < m; v++) {
            all[v] = v;
        }
        return all;
    }

    /** Which of a boundary's vertices are the cell's corners (H3's topological vertices), in boundary order. */
    private static int[] corners(H3Core h3, long cell, List<LatLng> boundary) {
        boolean[] isCorner = new boolean[boundary.size()];
        for (long vertex : h3.cellToVertexes(cell)) {
            if (vertex == 0) {
                continue;
            }
            LatLng p = h3.vertexToLatLng(vertex);
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int v = 0; v < boundary.size(); v++) {
                double dLat = boundary.get(v).lat - p.lat;
                double dLon = boundary.get(v).lng - p.lng;
                double dd = dLat * dLat + dLon * dLon;
                if (dd < bestD) {
                    bestD = dd;
                    best = v;
                }
            }
            isCorner[best] = true;
        }
        int n = 0;
        for (boolean c : isCorner) {
            n += c ? 1 : 0;
        }
        int[] out = new int[n];
        for (int v = 0, k = 0; v < isCorner.length; v++) {
            if (isCorner[v]) {
                out[k++] = v;
            }
        }
        return out;
    }

    /**
     * The grid cell across side s: the neighbour whose centre is nearest the cell's centre mirrored in the side's
     * midpoint (a neighbour's centre lies there, the others a whole cell away); -1 when none is near it, the cell
     * across being outside the grid.
     */
    private int neighbourAcross(int i, int s, int d) {
        int e = (s + 1) % d;
        double midLon = (corner[12 * i + 2 * s] + corner[12 * i + 2 * e]) / 2;
        double midLat = (corner[12 * i + 2 * s + 1] + corner[12 * i + 2 * e + 1]) / 2;
        double cos = Math.cos(Math.toRadians(grid.lat(i)));
        double wantLon = 2 * midLon - grid.lon(i);
        double wantLat = 2 * midLat - grid.lat(i);
        double spacingLon = (wantLon - grid.lon(i)) * cos;
        double spacingLat = wantLat - grid.lat(i);
        double limit = 0.25 * (spacingLon * spacingLon + spacingLat * spacingLat);
        int best = -1;
        double bestD = limit;
        for (int k = 6 * i; k < 6 * i + 6; k++) {
            int j = near[k];
            if (j >= 0) {
                double dLon = (grid.lon(j) - wantLon) * cos;
                double dLat = grid.lat(j) - wantLat;
                double dd = dLon * dLon + dLat * dLat;
                if (dd < bestD) {
                    bestD = dd;
                    best = j;
                }
            }
        }
        return best;
    }
}
