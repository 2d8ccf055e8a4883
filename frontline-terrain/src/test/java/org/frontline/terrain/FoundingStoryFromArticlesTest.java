package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.terrain.FoundingFixture.MAY_27;
import static org.frontline.terrain.FoundingFixture.MAY_29;
import static org.frontline.terrain.FoundingFixture.RADIUS_KM;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.ControlClaim;
import org.frontline.model.Event;
import org.frontline.model.Place;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The founding story from articles to the answer: short reports written for the test in the style of that week's
 * news go through the extraction pipeline; their events, placed by a stand-in for the gazetteer, are applied to
 * the territory of 29 May one by one.
 */
class FoundingStoryFromArticlesTest {
    static final String[][] REPORTS = {
            {"Iraqi paramilitaries reach Syrian border west of Mosul",
                    "The Popular Mobilisation Forces reached the Syrian border on Monday after capturing the village of "
                            + "Umm Jaris from Islamic State militants, a spokesman said."},
            {"Iraqi paramilitaries take villages near Baaj",
                    "The Popular Mobilisation Forces seized several villages on the border with Syria north of Baaj on "
                            + "Sunday, pushing Islamic State fighters back toward the town."}};

    /** What the gazetteer would say, written for the test (lat, lon). */
    static final Map<String, double[]> GAZETTEER = Map.of(
            "umm jaris", new double[] {36.35, 41.40}, "baaj", new double[] {36.03, 41.73}, "mosul", new double[] {36.34, 43.13});

    @Test
    void reportsLeadToContactAlongTheBorderAndALinkUpThroughSdfTerritory() throws IOException {
        Pipeline pipeline = new Pipeline();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < REPORTS.length; i++) {
            Article article = new Article("report-" + i, null, "test", MAY_29, REPORTS[i][0], REPORTS[i][1]);
            pipeline.extract(article).events().stream().map(FoundingStoryFromArticlesTest::placed).forEach(events::add);
        }
        List<ControlClaim> fromEvents = ClaimsFromEvents.convert(events).claims();
        assertThat(fromEvents).extracting(ControlClaim::actor).containsOnly("PMF");

        Theatre theatre = new Theatre(FoundingFixture.grid(), FoundingFixture.baseMap().claims(), RADIUS_KM);
        Territory may27 = theatre.territoryAt(MAY_27);
        Territory may29 = theatre.territoryAt(MAY_29);
        assertThat(ContactLines.lengthByPair(ContactLines.of(may29))).doesNotContainKey("PMF|SDF");
        events.forEach(event -> theatre.apply(event, may29, MAY_29));

        assertThat(ContactLines.lengthByPair(ContactLines.of(may27))).doesNotContainKey("PMF|SDF");
        assertThat(ContactLines.lengthByPair(ContactLines.newSince(may27, may29))).containsKey("PMF|SDF");
        List<String> coalition = List.of("PMF", "SYR_GOV", "HEZBOLLAH", "IRN");
        LinkUp.Result linkUp = LinkUp.query(may29, coalition, List.of("SDF"), LinkUp.End.actor("PMF"), LinkUp.End.actor("SYR_GOV"));
        assertThat(linkUp.connected()).isTrue();
        assertThat(linkUp.withoutPassable().connected()).isFalse();
        // the incrementally updated territory is the one a full computation gives
        Territory full = theatre.territoryAt(MAY_29);
        for (int i = 0; i < full.grid().size(); i++) {
            assertThat(may29.holder(i)).isEqualTo(full.holder(i));
        }
    }

    /**
     * Stands in for the gazetteer: names from the table; a place the text puts on the border ('villages on the
     * border with Syria north of Baaj') goes to the border point nearest the named place, approximate.
     */
    static Event placed(Event event) {
        boolean onBorder = event.placeText() != null && event.placeText().toLowerCase(Locale.ROOT).contains("border");
        List<Place> places = new ArrayList<>();
        for (Place place : event.places()) {
            double[] latLon = GAZETTEER.get(place.name().toLowerCase(Locale.ROOT));
            if (latLon == null) {
                places.add(place);
            } else if (onBorder) {
                Coordinate nearest = DistanceOp.nearestPoints(FoundingFixture.border(),
                        Grid.GEOMETRY.createPoint(new Coordinate(latLon[1], latLon[0])))[0];
                places.add(new Place("border near " + place.name(), nearest.y, nearest.x, "border:" + place.name(), true, 10));
            } else {
                places.add(new Place(place.name(), latLon[0], latLon[1], "test-gazetteer", false, 0));
            }
        }
        return event.withPlaces(places);
    }
}
