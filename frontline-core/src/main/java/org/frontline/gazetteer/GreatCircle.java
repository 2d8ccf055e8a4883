package org.frontline.gazetteer;

/** Distances and offsets on a sphere of the Earth's mean radius: accurate to about 0.5%, enough for places. */
public final class GreatCircle {
    public static final double EARTH_RADIUS_KM = 6371.0;

    private GreatCircle() {
    }

    /** Haversine distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /** The point {@code distanceKm} from (lat, lon) along the great circle leaving at {@code bearingDeg} (0 north, 90 east). */
    public static double[] offset(double lat, double lon, double bearingDeg, double distanceKm) {
        double d = distanceKm / EARTH_RADIUS_KM;
        double b = Math.toRadians(bearingDeg);
        double p1 = Math.toRadians(lat);
        double l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new double[] {Math.toDegrees(p2), (Math.toDegrees(l2) + 540) % 360 - 180};
    }
}
