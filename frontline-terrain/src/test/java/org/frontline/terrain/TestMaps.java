package org.frontline.terrain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.frontline.model.Place;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Small borders and places written for the tests. */
final class TestMaps {
    private TestMaps() {
    }

    static Geometry box(double lon1, double lat1, double lon2, double lat2) {
        return Grid.GEOMETRY.toGeometry(new Envelope(lon1, lon2, lat1, lat2));
    }

    /** Two countries side by side along the meridian 41°E, each half a degree wide. */
    static Map<String, Geometry> twoCountries() {
        Map<String, Geometry> borders = new LinkedHashMap<>();
        borders.put("AAA", box(40.5, 36.0, 41.0, 36.5));
        borders.put("BBB", box(41.0, 36.0, 41.5, 36.5));
        return borders;
    }

    static Place place(String name, double lat, double lon) {
        return new Place(name, lat, lon, "test", false, 0);
    }

    static Coordinate lonLat(double lon, double lat) {
        return new Coordinate(lon, lat);
    }
}
