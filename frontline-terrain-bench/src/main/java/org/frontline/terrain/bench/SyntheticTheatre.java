package org.frontline.terrain.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontline.model.Place;
import org.frontline.terrain.Control;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Benchmark inputs: Iraq and Syria as coarse hand-traced outlines (a few dozen vertices, close to their real areas
 * so that the grid has the real number of cells) and synthetic held places inside them, each held by the actor of
 * the nearest of a few actor "seats", so that territories are contiguous and meet along fronts as real ones do.
 */
final class SyntheticTheatre {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    static final double[][] SYRIA = {
            {35.72, 32.71}, {36.84, 32.31}, {38.79, 33.38}, {41.00, 34.42}, {41.38, 35.63}, {42.36, 37.11},
            {41.21, 37.07}, {40.00, 36.82}, {38.70, 36.71}, {38.17, 36.90}, {36.67, 36.83}, {36.69, 36.27},
            {36.17, 35.95}, {35.78, 35.82}, {35.87, 35.10}, {35.98, 34.65}, {36.45, 34.59}, {36.60, 34.20},
            {36.00, 33.50}, {35.82, 33.28}};
    static final double[][] IRAQ = {
            {38.79, 33.38}, {39.20, 32.16}, {40.40, 31.95}, {41.44, 31.37}, {42.95, 30.50}, {44.70, 29.18},
            {46.55, 29.10}, {47.30, 30.06}, {47.97, 29.98}, {48.50, 29.97}, {48.00, 30.50}, {47.68, 31.00},
            {47.86, 31.80}, {47.33, 32.47}, {46.10, 33.00}, {45.40, 33.97}, {45.75, 34.50}, {45.42, 35.10},
            {46.15, 35.09}, {46.08, 35.68}, {45.40, 35.98}, {44.77, 37.17}, {42.36, 37.11}, {41.38, 35.63},
            {41.00, 34.42}};

    /** Actor seats (lon, lat): whoever's seat is nearest holds a place. */
    static final Object[][] SEATS = {
            {"SYR_GOV", 36.3, 33.5}, {"SYR_GOV", 36.7, 35.1}, {"SYR_GOV", 40.1, 35.3}, {"HTS", 36.6, 35.9},
            {"SDF", 40.7, 36.5}, {"SDF", 38.9, 36.3}, {"IS", 40.9, 34.8}, {"IS", 42.5, 34.3}, {"TUR", 37.5, 36.6},
            {"IRQ_GOV", 44.4, 33.3}, {"IRQ_GOV", 47.0, 30.8}, {"IRQ_GOV", 43.1, 36.3}, {"PMF", 42.2, 36.0},
            {"PMF", 43.6, 34.6}, {"KRG", 44.0, 36.5}, {"KRG", 45.4, 35.5}};

    private SyntheticTheatre() {
    }

    static Map<String, Geometry> borders() {
        Map<String, Geometry> borders = new LinkedHashMap<>();
        borders.put("SYR", polygon(SYRIA));
        borders.put("IRQ", polygon(IRAQ));
        return borders;
    }

    static List<Control> places(int count, long seed) {
        Random random = new Random(seed);
        Map<String, Geometry> borders = borders();
        Geometry union = borders.get("SYR").union(borders.get("IRQ"));
        PreparedGeometry inside = PreparedGeometryFactory.prepare(union);
        Envelope box = union.getEnvelopeInternal();
        List<Control> places = new ArrayList<>();
        while (places.size() < count) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
            if (inside.contains(point)) {
                Place place = new Place("p" + places.size(), lat, lon, "synthetic", false, 0);
                places.add(Control.held(place, nearestSeat(lon, lat)));
            }
        }
        return places;
    }

    static String nearestSeat(double lon, double lat) {
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (Object[] seat : SEATS) {
            double dx = (double) seat[1] - lon;
            double dy = (double) seat[2] - lat;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = (String) seat[0];
            }
        }
        return best;
    }

    private static Geometry polygon(double[][] lonLat) {
        Coordinate[] ring = new Coordinate[lonLat.length + 1];
        for (int i = 0; i < lonLat.length; i++) {
            ring[i] = new Coordinate(lonLat[i][0], lonLat[i][1]);
        }
        ring[lonLat.length] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }
}
