package org.frontline.terrain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * The outlines of labelled grid cells (a territory's holders): for every label at once, the polygons its cells make,
 * traced along the sides between cells of different labels.
 *
 * <p>Written by hand because H3's {@code cellsToMultiPolygon}, called once per holder, builds a hash graph of every
 * cell's vertices as Java objects: on the default grid it took about 200 ms of a day's territory (JFR), where one
 * walk over the sides of the cells along the outlines does every holder in tens of ms. On a grid of hexagons the
 * outlines are simple rings that never touch: three cells meet at each corner, so a corner is on the outline of a
 * label at most once (two of its three sides at most are outline sides). The rings are valid by construction, a
 * label's shells are its counter-clockwise rings (the cells lie on their left, as H3 orders a cell's corners), its
 * holes the clockwise ones, each in the smallest shell around it.
 */
final class CellOutlines {
    private CellOutlines() {
    }

    /**
     * The polygons of each label's cells, not clipped to the borders.
     *
     * @param label  per grid position, 0 to labels - 1, or -1 for cells of no label
     * @param labels how many labels there are
     * @return per label its polygons (empty for a label without cells)
     */
    static List<List<Polygon>> trace(Grid grid, int[] label, int labels) {
        return grid.sides().read(sides -> trace(grid, sides, label, labels));
    }

    /** A ring traced, with its signed area (positive: counter-clockwise, a shell). */
    private record Ring(LinearRing ring, double signedArea) {
    }

    private static List<List<Polygon>> trace(Grid grid, CellSides sides, int[] label, int labels) {
        int[] near = grid.neighbours();
        List<List<Ring>> rings = new ArrayList<>(labels);
        for (int l = 0; l < labels; l++) {
            rings.add(new ArrayList<>());
        }
        // one bit per side: traced already
        byte[] traced = new byte[grid.size()];
        Coordinates ring = new Coordinates();
        for (int i = 0; i < grid.size(); i++) {
            int h = label[i];
            if (h < 0 || !onOutline(near, label, i, h)) {
                continue;
            }
            int d = sides.sides(i);
            for (int s = 0; s < d; s++) {
                if ((traced[i] & (1 << s)) == 0 && outside(sides.across(i, s), label, h)) {
                    ring.clear();
                    walk(sides, label, h, i, s, traced, ring);
                    rings.get(h).add(new Ring(Grid.GEOMETRY.createLinearRing(ring.closed()), ring.signedArea()));
                }
            }
        }
        List<List<Polygon>> out = new ArrayList<>(labels);
        for (List<Ring> of : rings) {
            out.add(polygons(of));
        }
        return out;
    }

    /** Whether a cell of label h has a neighbour of another label, or outside the grid (the table's order is not the sides'). */
    private static boolean onOutline(int[] near, int[] label, int i, int h) {
        for (int k = 6 * i; k < 6 * i + 6; k++) {
            if (near[k] < 0 || label[near[k]] != h) {
                return true;
            }
        }
        return false;
    }

    private static boolean outside(int cell, int[] label, int h) {
        return cell < 0 || label[cell] != h;
    }

    /**
     * Follows an outline from side s of cell i, the label's cells on the left: after a side, the outline goes on along
     * the cell's next side when the cell across that one is not of the label, else along the side of that cell which
     * follows the one facing back.
     */
    private static void walk(CellSides sides, int[] label, int h, int i, int s, byte[] traced, Coordinates ring) {
        int c = i;
        int side = s;
        do {
            traced[c] |= (byte) (1 << side);
            ring.add(sides.lon(c, side), sides.lat(c, side));
            double[] between = sides.inside(c, side);
            if (between != null) {
                for (int k = 0; k < between.length; k += 2) {
                    ring.add(between[k], between[k + 1]);
                }
            }
            int next = (side + 1) % sides.sides(c);
            int a = sides.across(c, next);
            if (a >= 0 && label[a] == h) {
                side = (sides.sideFacing(a, c) + 1) % sides.sides(a);
                c = a;
            } else {
                side = next;
            }
        } while (c != i || side != s);
    }

    /** Shells with their holes: each hole in the smallest shell around it. */
    private static List<Polygon> polygons(List<Ring> rings) {
        List<Ring> shells = new ArrayList<>();
        List<Ring> holes = new ArrayList<>();
        for (Ring r : rings) {
            (r.signedArea() > 0 ? shells : holes).add(r);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        for (int k = 0; k < shells.size(); k++) {
            holesOf.add(new ArrayList<>());
        }
        for (Ring hole : holes) {
            int in = shells.size() == 1 ? 0 : shellAround(shells, hole.ring());
            if (in < 0) {
                throw new IllegalStateException("a hole outside every shell of its cells");
            }
            holesOf.get(in).add(hole.ring());
        }
        List<Polygon> out = new ArrayList<>(shells.size());
        for (int k = 0; k < shells.size(); k++) {
            out.add(Grid.GEOMETRY.createPolygon(shells.get(k).ring(), holesOf.get(k).toArray(LinearRing[]::new)));
        }
        return out;
    }

    private static int shellAround(List<Ring> shells, LinearRing hole) {
        Envelope box = hole.getEnvelopeInternal();
        Coordinate point = hole.getCoordinateN(0);
        int best = -1;
        for (int k = 0; k < shells.size(); k++) {
            Ring shell = shells.get(k);
            if (shell.ring().getEnvelopeInternal().contains(box)
                    && (best < 0 || shell.signedArea() < shells.get(best).signedArea())
                    && RayCrossingCounter.locatePointInRing(point, shell.ring().getCoordinateSequence()) == Location.INTERIOR) {
                best = k;
            }
        }
        return best;
    }

    /** A ring's coordinates as they are traced, with its signed area (shoelace). */
    private static final class Coordinates {
        private double[] xy = new double[64];
        private int n;

        void clear() {
            n = 0;
        }

        void add(double x, double y) {
            if (2 * n + 2 > xy.length) {
                xy = Arrays.copyOf(xy, 2 * xy.length);
            }
            xy[2 * n] = x;
            xy[2 * n + 1] = y;
            n++;
        }

        Coordinate[] closed() {
            Coordinate[] out = new Coordinate[n + 1];
            for (int k = 0; k < n; k++) {
                out[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
            }
            out[n] = out[0].copy();
            return out;
        }

        double signedArea() {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                int next = (k + 1) % n;
                sum += (xy[2 * k] - xy[0]) * (xy[2 * next + 1] - xy[1]) - (xy[2 * next] - xy[0]) * (xy[2 * k + 1] - xy[1]);
            }
            return sum / 2;
        }
    }
}
