package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import static org.frontline.terrain.FoundingFixture.MAY_27;
import static org.frontline.terrain.FoundingFixture.MAY_29;
import static org.frontline.terrain.FoundingFixture.RADIUS_KM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.model.ControlClaim;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The founding story on the terrain side: a base map of 27 May 2017 around Baaj, Sinjar, al-Hawl, Hasakah and
 * Qamishli, then the PMF reaching the Syrian border on 29 May. PMF and SDF territories touch along the border only
 * after the advance, and a PMF to Syrian government link-up exists only through SDF territory.
 *
 * <p>The events are written here as the extraction and the gazetteer would give them ({@link FoundingFixture} has
 * the borders and the base map; {@link FoundingStoryFromArticlesTest} runs the extraction on short reports).
 */
class FoundingScenarioTest {
    static Grid grid;
    static ControlTimelines timelines;

    @BeforeAll
    static void story() throws IOException {
        grid = FoundingFixture.grid();
        BaseMap baseMap = FoundingFixture.baseMap();

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
        for (ContactLines.Line line : pmfSdf) {
            // within about 15 km of the border
            assertThat(line.geometry().distance(FoundingFixture.border())).isLessThan(0.15);
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
}
