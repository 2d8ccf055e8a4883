package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.ControlClaim;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The founding story on the terrain side: a base map of 27 May 2017 around Baaj, Sinjar, al-Hawl, Hasakah and
 * Qamishli, then the PMF reaching the Syrian border on 29 May. PMF and SDF territories touch along the border only
 * after the advance, and a PMF to Syrian government link-up exists only through SDF territory.
 *
 * <p>The fixture is a few dozen places (coordinates rounded, villages approximate) on coarse borders written for
 * the test; a 20 km radius stands in for the thousands of marks of a real base map.
 */
class FoundingScenarioTest {
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

    static Grid grid;
    static ControlTimelines timelines;

    @TempDir
    Path dir;

    @BeforeAll
    static void story() throws IOException {
        Map<String, Geometry> borders = new LinkedHashMap<>();
        borders.put("SYR", polygon(List.of(new double[] {38.0, 34.0}), BORDER, true, List.of(new double[] {38.0, 37.10})));
        borders.put("IRQ", polygon(List.of(new double[] {44.0, 34.0}, new double[] {44.0, 37.20}), BORDER, false, List.of()));
        grid = Grid.over(borders, 7);

        Path csv = Files.createTempFile("basemap-2017-05-27", ".csv");
        Files.writeString(csv, BASE_MAP);
        BaseMap baseMap = BaseMapFormat.CSV.read(csv, MAY_27, null);
        Files.delete(csv);

        Provenance founding = new Provenance("founding-2017-05-29", 0, 0, 10);
        Provenance report = new Provenance("report-border", 0, 0, 10);
        // 'villages on the border with Syria' in a story about Baaj: the border point nearest Baaj, approximate
        Place borderVillages = new Place("villages on the border with Syria", 36.06, 41.30, "border:Baaj", true, 10);
        List<Event> events = List.of(
                new Event(EventType.CAPTURE, MAY_29, "Monday", "PMF", "IS",
                        List.of(new Place("Umm Jaris", 36.35, 41.40, "test", true, 3)), "Umm Jaris", null,
                        "reached the border at Umm Jaris", founding, 0.8),
                new Event(EventType.CAPTURE, MAY_29, "Monday", "PMF", "IS", List.of(borderVillages),
                        "villages on the border with Syria", 3, "took villages on the border", founding, 0.6),
                new Event(EventType.CAPTURE, MAY_29.minusDays(1), "Sunday", "PMF", "IS",
                        List.of(new Place("Tal Banat", 36.22, 41.62, "test", true, 3)), "north of Baaj", null,
                        "took villages north of Baaj", report, 0.7),
                new Event(EventType.ATTACK, MAY_29, null, "IS", "PMF", List.of(Place.named("Baaj")), "Baaj", null,
                        "shelled", report, 0.6));
        ClaimsFromEvents.Result fromEvents = ClaimsFromEvents.convert(events);
        assertThat(fromEvents.withoutCoordinates()).isZero();

        List<ControlClaim> claims = new ArrayList<>(baseMap.claims());
        claims.addAll(fromEvents.claims());
        timelines = ControlTimelines.of(claims);
    }

    static Territory at(LocalDate date) {
        return Territory.of(grid, timelines.at(date), RADIUS_KM);
    }

    @Test
    void noPmfSdfContactOnMay27() {
        assertThat(ContactLines.lengthByPair(ContactLines.of(at(MAY_27)))).doesNotContainKey("PMF|SDF");
    }

    @Test
    void pmfTouchesSdfAlongTheBorderOnMay29() {
        Territory may29 = at(MAY_29);
        List<ContactLines.Line> pmfSdf = ContactLines.of(may29).stream()
                .filter(l -> l.actorA().equals("PMF") && l.actorB().equals("SDF")).toList();
        assertThat(pmfSdf).isNotEmpty();
        assertThat(pmfSdf.stream().mapToDouble(ContactLines.Line::lengthKm).sum()).isGreaterThan(10);
        assertThat(pmfSdf.stream().flatMap(l -> l.nearestPlaces().stream())).contains("Umm Jaris", "al-Hawl");
        LineString border = Grid.GEOMETRY.createLineString(java.util.Arrays.stream(BORDER)
                .map(c -> new Coordinate(c[0], c[1])).toArray(Coordinate[]::new));
        for (ContactLines.Line line : pmfSdf) {
            // within about 15 km of the border
            assertThat(line.geometry().distance(border)).isLessThan(0.15);
        }
        assertThat(ContactLines.lengthByPair(ContactLines.newSince(at(MAY_27), may29))).containsKey("PMF|SDF");
    }

    @Test
    void pmfLinksUpWithTheSyrianGovernmentOnlyThroughSdfTerritory() throws IOException {
        List<String> coalition = List.of("PMF", "SYR_GOV", "HEZBOLLAH", "IRN");
        LinkUp.End pmf = LinkUp.End.actor("PMF");
        LinkUp.End syr = LinkUp.End.actor("SYR_GOV");
        Territory may29 = at(MAY_29);
        LinkUp.Result withSdf = LinkUp.query(may29, coalition, List.of("SDF"), pmf, syr);
        assertThat(withSdf.connected()).isTrue();
        assertThat(withSdf.corridor().kmByActor()).containsKey("SDF");
        assertThat(withSdf.corridor().places()).contains("al-Hawl");
        assertThat(withSdf.withoutPassable().connected()).isFalse();
        assertThat(LinkUp.query(at(MAY_27), coalition, List.of("SDF"), pmf, syr).connected()).isFalse();

        Territory may27 = at(MAY_27);
        MapLayers layers = new MapLayers(MAY_29, may29, ContactLines.of(may29), MAY_27, ContactLines.newSince(may27, may29), withSdf);
        Path target = Path.of("target");
        Files.createDirectories(target);
        MapPage.write(layers, target.resolve("founding-scenario.html"));
        MapPage.write(layers, target.resolve("founding-scenario.geojson"));
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
