package org.frontline.terrain;

import org.frontline.model.Place;

/** Great-circle distances on the mean Earth sphere, as H3 measures them too. */
final class Geo {
    static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static double km(Place a, Place b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
