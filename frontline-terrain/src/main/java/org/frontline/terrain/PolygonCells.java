package org.frontline.terrain;

import com.uber.h3core.H3Core;
import com.uber.h3core.LengthUnit;
import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The H3 cells whose centres lie in a polygon (lon/lat), found coarse to fine: the same cells as H3's own
 * {@code polygonToCells}, which tests every candidate cell against every edge of the polygon. Country borders have
 * tens of thousands of vertices (Iran 38,601, Turkey 33,940), and H3 took 42 s for the ten shipped countries at
 * resolution 7. Here the cells are taken in blocks of one coarse cell's descendants: a block whose centres' hull
 * lies inside the polygon is taken whole, one whose hull misses it is dropped, and only blocks on the border test
 * their centres one by one, against JTS's indexed point-in-area locator.
 */
final class PolygonCells {
    /** Levels between a block's coarse cell and the cells it holds: 7³ = 343 cells a block. */
    private static final int BLOCK_LEVELS = 3;

    private PolygonCells() {
    }

    /** The cells at the resolution whose centres the polygon contains (its boundary included). */
    static List<Long> of(Polygon polygon, int resolution) {
        H3Core h3 = Grid.h3();
        if (resolution < BLOCK_LEVELS) {
            return h3.polygonToCells(ring(polygon.getExteriorRing().getCoordinates()), holes(polygon), resolution);
        }
        int coarse = resolution - BLOCK_LEVELS;
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
        List<Long> inside = new ArrayList<>();
        for (long block : h3.polygonToCells(ring(blockSearchArea(polygon, h3, coarse)), List.of(), coarse)) {
            List<Long> cells = h3.cellToChildren(block, resolution);
            Coordinate[] centres = new Coordinate[cells.size()];
            for (int i = 0; i < centres.length; i++) {
                LatLng c = h3.cellToLatLng(cells.get(i));
                centres[i] = new Coordinate(c.lng, c.lat);
            }
            Geometry hull = Grid.GEOMETRY.createMultiPointFromCoords(centres).convexHull();
            if (!prepared.intersects(hull)) {
                continue;
            }
            if (prepared.containsProperly(hull)) {
                inside.addAll(cells);
                continue;
            }
            for (int i = 0; i < centres.length; i++) {
                if (locator.locate(centres[i]) != Location.EXTERIOR) {
                    inside.add(cells.get(i));
                }
            }
        }
        return inside;
    }

    /**
     * The polygon's bounding box widened by two coarse cells' widths: every coarse cell with a descendant centre in
     * the polygon has its own centre in it (descendants stray from their ancestor's hexagon by less than a cell).
     */
    private static Coordinate[] blockSearchArea(Polygon polygon, H3Core h3, int coarse) {
        Envelope box = polygon.getEnvelopeInternal();
        double marginDeg = 4 * h3.getHexagonEdgeLengthAvg(coarse, LengthUnit.km) / 111.0;
        double latMargin = marginDeg;
        double lonMargin = marginDeg / Math.max(0.1, Math.cos(Math.toRadians(Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY())))));
        double south = Math.max(-89.9, box.getMinY() - latMargin);
        double north = Math.min(89.9, box.getMaxY() + latMargin);
        double west = box.getMinX() - lonMargin;
        double east = box.getMaxX() + lonMargin;
        return new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
                new Coordinate(west, north), new Coordinate(west, south)};
    }

    private static List<List<LatLng>> holes(Polygon polygon) {
        List<List<LatLng>> holes = new ArrayList<>();
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            holes.add(ring(polygon.getInteriorRingN(h).getCoordinates()));
        }
        return holes;
    }

    /** A closed JTS ring as an H3 loop: the closing point repeats the first, and H3 closes loops itself. */
    static List<LatLng> ring(Coordinate[] coords) {
        List<LatLng> loop = new ArrayList<>(coords.length - 1);
        for (int i = 0; i < coords.length - 1; i++) {
            loop.add(new LatLng(coords[i].y, coords[i].x));
        }
        return loop;
    }
}
