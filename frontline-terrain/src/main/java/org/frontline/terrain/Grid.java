package org.frontline.terrain;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import com.uber.h3core.LengthUnit;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The H3 cells of some countries at one resolution: a cell belongs to the country its centre lies in, so the
 * grid is clipped to the borders. Cells are kept in primitive arrays (ids, centres, country, neighbours) so that
 * territories over a hundred thousand cells are a few arrays, not a hundred thousand objects. A grid laid once can be
 * kept and read back by {@link TerrainCache}, with its borders read only when something needs them (clipping
 * polygons, the country of a place outside the cells).
 */
public final class Grid {
    public static final int DEFAULT_RESOLUTION = 7;
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static H3Core h3;

    private final int resolution;
    private final long[] cells;
    private final double[] lat;
    private final double[] lon;
    private final short[] country;
    private final List<String> countries;
    private final Supplier<Map<String, Geometry>> bordersSource;
    private Map<String, Geometry> borders;
    private List<PreparedGeometry> preparedBorders;
    private BorderPieces[] borderPieces;
    private int[] neighbours;
    private double[] areaKm2;
    private CellSides sides;
    private Shore shore;
    /** What the grid is made of, as {@link TerrainCache} keeps it; null for a grid laid outside a cache. */
    private volatile String cacheKey;

    private Grid(int resolution, long[] cells, short[] country, Map<String, Geometry> borders) {
        this.resolution = resolution;
        this.cells = cells;
        this.country = country;
        this.countries = List.copyOf(borders.keySet());
        this.borders = borders;
        this.bordersSource = () -> borders;
        this.lat = new double[cells.length];
        this.lon = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            LatLng centre = h3().cellToLatLng(cells[i]);
            lat[i] = centre.lat;
            lon[i] = centre.lng;
        }
    }

    /** A grid read back from its arrays ({@link TerrainCache}); the borders are asked for on first use only. */
    private Grid(int resolution, List<String> countries, long[] cells, short[] country, double[] lat, double[] lon,
                 int[] neighbours, double[] areaKm2, Supplier<Map<String, Geometry>> borders) {
        this.resolution = resolution;
        this.countries = List.copyOf(countries);
        this.cells = cells;
        this.country = country;
        this.lat = lat;
        this.lon = lon;
        this.neighbours = neighbours;
        this.areaKm2 = areaKm2;
        this.bordersSource = borders;
    }

    static Grid restore(int resolution, List<String> countries, long[] cells, short[] country, double[] lat, double[] lon,
                        int[] neighbours, double[] areaKm2, Supplier<Map<String, Geometry>> borders) {
        int n = cells.length;
        if (country.length != n || lat.length != n || lon.length != n || neighbours.length != 6 * n || areaKm2.length != n) {
            throw new IllegalArgumentException("grid arrays of unequal lengths");
        }
        for (int i = 1; i < n; i++) {
            if (cells[i - 1] >= cells[i]) {
                throw new IllegalArgumentException("grid cells out of order at " + i);
            }
        }
        return new Grid(resolution, countries, cells, country, lat, lon, neighbours, areaKm2, borders);
    }

    /** The shared H3 binding; its native library is unpacked on first use. */
    static synchronized H3Core h3() {
        if (h3 == null) {
            try {
                h3 = H3Core.newInstance();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the H3 native library", e);
            }
        }
        return h3;
    }

    /**
     * The cells of the given countries.
     *
     * @param borders    country polygons (lon/lat, WGS 84) by ISO code
     * @param resolution H3 resolution, 0..15 (7: cells of about 5 km²)
     */
    public static Grid over(Map<String, Geometry> borders, int resolution) {
        if (resolution < 0 || resolution > 15) {
            throw new IllegalArgumentException("H3 resolution must be 0..15, got " + resolution);
        }
        if (borders.isEmpty()) {
            throw new IllegalArgumentException("no country borders to lay the grid over");
        }
        Map<String, Geometry> ordered = new LinkedHashMap<>(borders);
        long[] packed = new long[0];
        short[] owner = new short[0];
        int n = 0;
        short c = 0;
        for (Geometry geometry : ordered.values()) {
            for (int g = 0; g < geometry.getNumGeometries(); g++) {
                if (!(geometry.getGeometryN(g) instanceof Polygon polygon)) {
                    continue;
                }
                List<Long> inside = PolygonCells.of(polygon, resolution);
                if (n + inside.size() > packed.length) {
                    packed = Arrays.copyOf(packed, Math.max(2 * packed.length, n + inside.size()));
                    owner = Arrays.copyOf(owner, packed.length);
                }
                for (Long cell : inside) {
                    packed[n] = cell;
                    owner[n++] = c;
                }
            }
            c++;
        }
        // sort by cell id, keeping the first country of a cell that two borders share
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] keys = packed;
        short[] countryOf = owner;
        Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Short.compare(countryOf[a], countryOf[b]));
        long[] cells = new long[n];
        short[] country = new short[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long cell = keys[order[i]];
            if (m == 0 || cells[m - 1] != cell) {
                cells[m] = cell;
                country[m++] = countryOf[order[i]];
            }
        }
        return new Grid(resolution, Arrays.copyOf(cells, m), Arrays.copyOf(country, m), ordered);
    }

    String cacheKey() {
        return cacheKey;
    }

    void cacheKey(String key) {
        if (cacheKey != null && !cacheKey.equals(key)) {
            throw new IllegalStateException("a grid is kept under one key");
        }
        cacheKey = key;
    }

    public int resolution() {
        return resolution;
    }

    public int size() {
        return cells.length;
    }

    public long cell(int i) {
        return cells[i];
    }

    public double lat(int i) {
        return lat[i];
    }

    public double lon(int i) {
        return lon[i];
    }

    /**
     * Position of an H3 cell in the grid, -1 when outside: a binary search of the cells, kept in order of their ids.
     * The territory's hot loops walk the neighbour table instead, so a lookup costs a few hundred per place, and a
     * hash index of a million cells (25 MB, built again by every process) paid for itself nowhere.
     */
    public int indexOf(long cell) {
        int i = Arrays.binarySearch(cells, cell);
        return i >= 0 ? i : -1;
    }

    /** Position of the cell holding a point, -1 when outside the grid. */
    public int indexAt(double lat, double lon) {
        return indexOf(h3().latLngToCell(lat, lon, resolution));
    }

    public List<String> countries() {
        return countries;
    }

    /** The country polygons by ISO code, in the order of {@link #countries()}. */
    public synchronized Map<String, Geometry> borders() {
        if (borders == null) {
            borders = bordersOf(bordersSource.get(), countries);
        }
        return borders;
    }

    /**
     * The borders of the countries, in their order.
     *
     * @throws IllegalArgumentException naming a country that {@code all} lacks
     */
    static Map<String, Geometry> bordersOf(Map<String, Geometry> all, List<String> countries) {
        Map<String, Geometry> chosen = new LinkedHashMap<>();
        for (String iso : countries) {
            Geometry border = all.get(iso);
            if (border == null) {
                throw new IllegalArgumentException("no borders for '" + iso + "'; known: " + String.join(", ", all.keySet()));
            }
            chosen.put(iso, border);
        }
        return chosen;
    }

    private synchronized List<PreparedGeometry> preparedBorders() {
        if (preparedBorders == null) {
            preparedBorders = borders().values().stream().map(PreparedGeometryFactory::prepare).toList();
        }
        return preparedBorders;
    }

    /** Country code position of a cell in {@link #countries()}. */
    int countryIndex(int i) {
        return country[i];
    }

    public String country(int i) {
        return countries.get(country[i]);
    }

    /** Country position of a point: its cell's, else by the borders; -1 outside all of them. */
    int countryIndexAt(double lat, double lon) {
        int i = indexAt(lat, lon);
        if (i >= 0) {
            return country[i];
        }
        org.locationtech.jts.geom.Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        List<PreparedGeometry> prepared = preparedBorders();
        for (int c = 0; c < prepared.size(); c++) {
            if (prepared.get(c).covers(point)) {
                return c;
            }
        }
        return -1;
    }

    /** The six neighbours of each cell, {@code 6 * i + k}; -1 where the neighbour lies outside the grid. */
    synchronized int[] neighbours() {
        if (neighbours == null) {
            int[] out = new int[6 * cells.length];
            Arrays.fill(out, -1);
            for (int i = 0; i < cells.length; i++) {
                int k = 0;
                for (Long near : h3().gridDisk(cells[i], 1)) {
                    if (near != cells[i] && k < 6) {
                        out[6 * i + k++] = indexOf(near);
                    }
                }
            }
            neighbours = out;
        }
        return neighbours;
    }

    /** The sides of the cells, computed as outlines and contact lines reach them. */
    synchronized CellSides sides() {
        if (sides == null) {
            sides = new CellSides(this);
        }
        return sides;
    }

    /** Where the borders cut the cells, found on first use. */
    synchronized Shore shore() {
        if (shore == null) {
            shore = new Shore(this);
        }
        return shore;
    }

    /**
     * The union of the cells of each label, clipped to the borders.
     *
     * @param label  per grid position, 0 to labels - 1, or -1 for none
     * @return per label a MultiPolygon, empty for a label without cells
     */
    List<Geometry> outlines(int[] label, int labels) {
        return shore().clip(CellOutlines.trace(this, label, labels), label);
    }

    /** Area of each cell in km². */
    double areaKm2(int i) {
        return areasKm2()[i];
    }

    synchronized double[] areasKm2() {
        if (areaKm2 == null) {
            double[] out = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                out[c] = h3().cellArea(cells[c], AreaUnit.km2);
            }
            areaKm2 = out;
        }
        return areaKm2;
    }

    // the arrays as they are, for TerrainCache to write: not copies, never to be changed

    long[] cellArray() {
        return cells;
    }

    short[] countryArray() {
        return country;
    }

    double[] latArray() {
        return lat;
    }

    double[] lonArray() {
        return lon;
    }

    /**
     * The part of a geometry inside the borders, polygon by polygon (territories are clipped through {@link Shore},
     * which cuts each hexagon a border crosses with this once). A geometry is often many small polygons, and a cut
     * with OverlayNG costs by every point of both inputs (it scans a border whole to clip it to the other input's
     * envelope and indexes it whole to locate edges in it), so cutting the polygons against whole borders took
     * seconds a day on the default grid. A polygon that one border covers (most are inside one country) is given
     * back as it is; the others are cut only against the pieces of the borders near them ({@link BorderPieces}),
     * and the cuts of a polygon are joined again. The borders are never merged into one: the union of the ten
     * shipped borders alone takes seconds. The polygons of a territory are disjoint, and so are their cuts: they
     * make one MultiPolygon as they are.
     */
    public Geometry clip(Geometry geometry) {
        List<Geometry> borders = List.copyOf(borders().values());
        List<PreparedGeometry> prepared = preparedBorders();
        List<Polygon> clipped = new ArrayList<>();
        for (int g = 0; g < geometry.getNumGeometries(); g++) {
            Geometry part = clip(geometry.getGeometryN(g), borders, prepared);
            for (int p = 0; p < part.getNumGeometries(); p++) {
                if (part.getGeometryN(p) instanceof Polygon polygon && !polygon.isEmpty()) {
                    clipped.add(polygon);
                }
            }
        }
        return GEOMETRY.createMultiPolygon(clipped.toArray(Polygon[]::new));
    }

    private Geometry clip(Geometry polygon, List<Geometry> borders, List<PreparedGeometry> prepared) {
        Envelope envelope = polygon.getEnvelopeInternal();
        List<Integer> reached = new ArrayList<>();
        for (int c = 0; c < borders.size(); c++) {
            if (borders.get(c).getEnvelopeInternal().intersects(envelope)) {
                if (prepared.get(c).covers(polygon)) {
                    return polygon;
                }
                reached.add(c);
            }
        }
        List<Geometry> cuts = new ArrayList<>();
        for (int c : reached) {
            for (Geometry piece : borderPieces(c).near(envelope)) {
                Geometry cut = OverlayNGRobust.overlay(polygon, piece, OverlayNG.INTERSECTION);
                if (!cut.isEmpty()) {
                    cuts.add(cut);
                }
            }
        }
        if (cuts.size() == 1) {
            return cuts.get(0);
        }
        return cuts.isEmpty() ? GEOMETRY.createMultiPolygon() : OverlayNGRobust.union(cuts, GEOMETRY);
    }

    private synchronized BorderPieces borderPieces(int country) {
        if (borderPieces == null) {
            borderPieces = new BorderPieces[countries.size()];
        }
        if (borderPieces[country] == null) {
            Geometry border = borders().get(countries.get(country));
            borderPieces[country] = new BorderPieces(border, border.getEnvelopeInternal());
        }
        return borderPieces[country];
    }

    /**
     * A country's border cut by a quadtree over its envelope into pieces of at most {@value #MAX_POINTS} points:
     * the quarters of a piece's box are cut from the piece (not from the whole border), and only when a polygon
     * near them asks, so that only the coasts and borders that territories reach are ever cut. The pieces of the
     * leaves partition the border. Thread-safe.
     */
    private static final class BorderPieces {
        private static final int MAX_POINTS = 512;
        /** Deep enough for boxes of a few hundred metres over the largest shipped country. */
        private static final int MAX_DEPTH = 12;

        private final Geometry piece;
        private final Envelope box;
        private final int depth;
        private BorderPieces[] quarters;

        BorderPieces(Geometry border, Envelope box) {
            this(border, box, 0);
        }

        private BorderPieces(Geometry piece, Envelope box, int depth) {
            this.piece = piece;
            this.box = box;
            this.depth = depth;
        }

        /** The non-empty pieces whose boxes meet the envelope. */
        List<Geometry> near(Envelope envelope) {
            List<Geometry> out = new ArrayList<>();
            collect(envelope, out);
            return out;
        }

        private void collect(Envelope envelope, List<Geometry> out) {
            if (piece.isEmpty() || !box.intersects(envelope)) {
                return;
            }
            BorderPieces[] parts = quarters();
            if (parts == null) {
                out.add(piece);
                return;
            }
            for (BorderPieces part : parts) {
                part.collect(envelope, out);
            }
        }

        private synchronized BorderPieces[] quarters() {
            if (quarters == null && piece.getNumPoints() > MAX_POINTS && depth < MAX_DEPTH) {
                double midX = box.centre().x;
                double midY = box.centre().y;
                Envelope[] boxes = {new Envelope(box.getMinX(), midX, box.getMinY(), midY), new Envelope(midX, box.getMaxX(), box.getMinY(), midY),
                        new Envelope(box.getMinX(), midX, midY, box.getMaxY()), new Envelope(midX, box.getMaxX(), midY, box.getMaxY())};
                BorderPieces[] parts = new BorderPieces[4];
                for (int q = 0; q < 4; q++) {
                    Geometry quarter = OverlayNGRobust.overlay(piece, GEOMETRY.toGeometry(boxes[q]), OverlayNG.INTERSECTION);
                    parts[q] = new BorderPieces(quarter, boxes[q], depth + 1);
                }
                quarters = parts;
            }
            return quarters;
        }
    }

    /** How many rings of cells around a cell surely cover a radius: H3 centre spacing varies by about a quarter around the mean. */
    int ringsFor(double radiusKm) {
        double spacing = Math.sqrt(3) * h3().getHexagonEdgeLengthAvg(resolution, LengthUnit.km);
        return (int) Math.ceil(radiusKm / (0.75 * spacing));
    }
}
