package org.frontline.terrain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The founding story's terrain, written for the tests: coarse Syria and Iraq borders around Baaj, Sinjar, al-Hawl,
 * Hasakah and Qamishli, and a base map of 27 May 2017 with a few dozen places (coordinates rounded, villages
 * approximate) and their controllers of that time. A 20 km radius stands in for the thousands of marks of a real
 * base map.
 */
final class FoundingFixture {
    static final LocalDate MAY_27 = LocalDate.of(2017, 5, 27);
    static final LocalDate MAY_29 = LocalDate.of(2017, 5, 29);
    static final double RADIUS_KM = 20;
    /** The Syria-Iraq border from the Tigris to south of Abu Kamal, as the fixture draws it. */
    static final double[][] BORDER = {{42.36, 37.11}, {41.60, 36.60}, {41.40, 36.52}, {41.28, 36.00}, {41.20, 35.60}, {41.00, 34.42}};

    static final String BASE_MAP = """
            place,actor,date,lat,lon
            Qamishli,SDF,,37.05,41.22
            Qamishli airport,SYR_GOV,,37.02,41.19
            Hasakah,SDF,,36.51,40.74
            Hasakah security square,SYR_GOV,,36.49,40.75
            Tell Brak,SDF,,36.67,41.06
            al-Hawl,SDF,,36.38,41.15
            al-Yarubiyah,SDF,,36.81,42.06
            Qahtaniyah,SDF,,37.03,41.70
            Tal Tamr,SDF,,36.65,40.37
            Shaddadi,SDF,,36.06,40.73
            Markada,SDF,,35.73,40.68
            Deir ez-Zor,SYR_GOV,,35.34,40.14
            Deir ez-Zor airbase,SYR_GOV,,35.28,40.18
            Mayadin,IS,,35.02,40.45
            Busayrah,IS,,35.15,40.43
            Hajin,IS,,34.70,40.83
            Abu Kamal,IS,,34.45,40.92
            al-Suwar,IS,,35.53,40.65
            Baaj,IS,,36.03,41.73
            Qaim,IS,,34.37,41.09
            Tal Afar,IS,,36.37,42.45
            Sinjar,KRG,,36.32,41.87
            Sinune,KRG,,36.45,41.92
            Rabia,KRG,,36.80,42.10
            Qayrawan,PMF,,36.10,42.13
            Hatra,PMF,,35.58,42.72
            Tel Abta,PMF,,35.93,42.43
            Mosul,IRQ_GOV,,36.34,43.13
            """;

    private FoundingFixture() {
    }

    static Grid grid() {
        Map<String, Geometry> borders = new LinkedHashMap<>();
        borders.put("SYR", polygon(List.of(new double[] {38.0, 34.0}), BORDER, true, List.of(new double[] {38.0, 37.10})));
        borders.put("IRQ", polygon(List.of(new double[] {44.0, 34.0}, new double[] {44.0, 37.20}), BORDER, false, List.of()));
        return Grid.over(borders, 7);
    }

    static BaseMap baseMap() throws IOException {
        Path csv = Files.createTempFile("basemap-2017-05-27", ".csv");
        try {
            Files.writeString(csv, BASE_MAP);
            return BaseMapFormat.CSV.read(csv, MAY_27, null);
        } finally {
            Files.delete(csv);
        }
    }

    static LineString border() {
        return Grid.GEOMETRY.createLineString(Arrays.stream(BORDER).map(c -> new Coordinate(c[0], c[1])).toArray(Coordinate[]::new));
    }

    /** A polygon from its own corners and the shared border, walked forwards or backwards. */
    static Geometry polygon(List<double[]> before, double[][] border, boolean backwards, List<double[]> after) {
        List<Coordinate> ring = new ArrayList<>();
        before.forEach(c -> ring.add(new Coordinate(c[0], c[1])));
        for (int i = 0; i < border.length; i++) {
            double[] c = border[backwards ? border.length - 1 - i : i];
            ring.add(new Coordinate(c[0], c[1]));
        }
        after.forEach(c -> ring.add(new Coordinate(c[0], c[1])));
        ring.add(ring.get(0));
        return Grid.GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
    }
}
