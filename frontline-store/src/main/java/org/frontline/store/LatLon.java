package org.frontline.store;

/** A point in WGS 84 degrees. */
public record LatLon(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle distance by the haversine formula. */
    public double distanceKm(double otherLat, double otherLon) {
        double dLat = Math.toRadians(otherLat - lat);
        double dLon = Math.toRadians(otherLon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(otherLat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Parses "LAT,LON", or returns null when the text is not two numbers in range (a place name, then). */
    public static LatLon parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 2) {
            return null;
        }
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new LatLon(lat, lon) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
