package org.frontline.gazetteer;

import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.frontline.gazetteer.GazetteerTest.place;

class PlaceResolverTest {
    private static final List<GazetteerEntry> PLACES = List.of(
            place("geonames:1", "Tall Abyad", 36.696, 38.954, "SY", FeatureKind.ADMIN_SEAT, 14000, "Tal Abyad"),
            place("geonames:3", "Tal Abyad", 36.40, 42.30, "IQ", FeatureKind.VILLAGE_TOWN, 700),
            place("geonames:4", "Mosul", 36.335, 43.119, "IQ", FeatureKind.ADMIN_SEAT, 1739800),
            place("geonames:5", "Baaj", 36.0426, 41.716, "IQ", FeatureKind.ADMIN_SEAT, 5000, "Al Ba`aj"),
            place("geonames:6", "Ramadi", 33.42, 43.31, "IQ", FeatureKind.ADMIN_SEAT, 274539),
            place("geonames:7", "Hit", 33.64, 42.83, "IQ", FeatureKind.ADMIN_SEAT, 60000),
            place("geonames:8", "Hit", 31.0, 35.0, "JO", FeatureKind.VILLAGE_TOWN, 2000),
            place("geonames:9", "Raqqa", 35.95, 39.01, "SY", FeatureKind.ADMIN_SEAT, 531952),
            place("geonames:10", "Qayrawan", 36.152, 42.05, "IQ", FeatureKind.VILLAGE_TOWN, 3000),
            place("geonames:11", "Sinjar", 36.32, 41.88, "IQ", FeatureKind.ADMIN_SEAT, 38000),
            place("geonames:12", "Faluja", 33.35, 43.78, "IQ", FeatureKind.CITY, 190000),
            place("geonames:13", "Akcakale", 36.71, 38.95, "TR", FeatureKind.ADMIN_SEAT, 30000));
    private static final PlaceResolver R = new PlaceResolver(Gazetteer.of(PLACES, CountryBorders.loadDefault()));

    private static Extraction article(String text, Event... events) {
        return new Extraction(new Article("a", null, null, null, null, text), List.of(events), List.of());
    }

    private static Event event(String placeText, String... names) {
        return new Event(EventType.CAPTURE, null, null, "PMF", "IS", java.util.Arrays.stream(names).map(Place::named).toList(),
                placeText, null, placeText, new Provenance("a", 0, 0, 1), 0.9);
    }

    private static Place only(Extraction x, int event, int place) {
        return x.events().get(event).places().get(place);
    }

    @Test
    void theNamesakeNearTheStoryWins() {
        Extraction x = R.resolve(article("Iraqi forces took Tal Abyad and Baaj west of Mosul.",
                event("Tal Abyad", "Tal Abyad"), event("Baaj", "Baaj"), event("Mosul", "Mosul")));
        Place tal = only(x, 0, 0);
        assertThat(tal.coordSource()).isEqualTo("geonames:3");
        assertThat(only(x, 1, 0).coordSource()).isEqualTo("geonames:5");
    }

    @Test
    void syrianStoryOnTheTurkishBorderTakesTheSyrianTown() {
        Extraction x = R.resolve(article("The SDF captured the Syrian town of Tal Abyad on the border with Turkey.",
                event("the town of Tal Abyad on the border with Turkey", "Tal Abyad")));
        assertThat(only(x, 0, 0).coordSource()).isEqualTo("geonames:1");
    }

    @Test
    void provincePhrasePicksTheNamesakeInIt() {
        Extraction x = R.resolve(article("Militants attacked Hit in Anbar province, Iraq. Jordanian troops were on alert in Jordan.",
                event("Hit in Anbar province", "Hit")));
        assertThat(only(x, 0, 0).coordSource()).isEqualTo("geonames:7");
    }

    @Test
    void relativePlaceGetsAnchorAndOffsetPoint() {
        Extraction x = R.resolve(article("Iraqi forces freed nine villages west of Baaj.",
                event("nine villages west of Baaj", "Baaj")));
        List<Place> places = x.events().get(0).places();
        assertThat(places).hasSize(2);
        assertThat(places.get(0).coordSource()).isEqualTo("geonames:5");
        Place offset = places.get(1);
        assertThat(offset.approximate()).isTrue();
        assertThat(offset.coordSource()).isEqualTo("offset:Baaj");
        assertThat(offset.name()).isEqualTo("west of Baaj");
        assertThat(offset.uncertaintyKm()).isPositive();
        assertThat(offset.lon()).isLessThan(41.716);
        assertThat(GreatCircle.km(36.0426, 41.716, offset.lat(), offset.lon())).isCloseTo(RelativeLocation.UNSTATED_KM, within(0.1));
    }

    @Test
    void unknownNamesStayUnresolvedAndFarNamesakesAreRefused() {
        Extraction x = R.resolve(article("Iraqi forces took Wadi al-Midar, Faloos and Qayrawan near Sinjar in Iraq.",
                event("Wadi al-Midar", "Wadi al-Midar"), event("Faloos", "Faloos"), event("Qayrawan", "Qayrawan"), event("Sinjar", "Sinjar")));
        assertThat(only(x, 0, 0).resolved()).isFalse();
        assertThat(only(x, 0, 0).name()).isEqualTo("Wadi al-Midar");
        // Faloos is one edit from Faluja, but a short name 270 km from the story's places: no guess
        assertThat(only(x, 1, 0).resolved()).isFalse();
        assertThat(only(x, 2, 0).coordSource()).isEqualTo("geonames:10");
    }

    @Test
    void singleNameInAContext() {
        SearchContext syria = new SearchContext(Set.of("SY"), List.of(), Set.of());
        assertThat(R.resolve("Raqqah", syria).coordSource()).isEqualTo("geonames:9");
        assertThat(R.resolve("Nowhere", syria).resolved()).isFalse();
    }

    @Test
    void eventOnlyOnTheBorderGetsTheBorderPointNearestTheArticlesPlaces() {
        Extraction x = R.resolve(article("The Iraqi PMF took a group of villages on the border with Syria. IS shelled Baaj and Mosul in Iraq.",
                event("a group of villages on the border"), event("Baaj", "Baaj"), event("Mosul", "Mosul")));
        List<Place> places = x.events().get(0).places();
        assertThat(places).hasSize(1);
        Place border = places.get(0);
        assertThat(border.coordSource()).isEqualTo("border:SY");
        assertThat(border.approximate()).isTrue();
        // Baaj is nearer the Syrian border than Mosul: the point lies west of Baaj, on the border
        assertThat(border.lon()).isLessThan(41.716);
        double fromBaaj = GreatCircle.km(36.0426, 41.716, border.lat(), border.lon());
        assertThat(fromBaaj).isBetween(5.0, 60.0);
        assertThat(border.uncertaintyKm()).isEqualTo(Math.max(PlaceResolver.BORDER_MIN_UNCERTAINTY_KM, fromBaaj), within(1e-9));
        assertThat(CountryBorders.loadDefault().kmToBorder("SY", border.lat(), border.lon())).isLessThan(0.5);
    }

    @Test
    void adjectiveBorderNamesTheCountryInThePlaceWords() {
        Extraction x = R.resolve(article("Fighting near Sinjar in Iraq. Iraqi militias reached the Syrian border.",
                event("the Syrian border"), event("Sinjar", "Sinjar")));
        assertThat(only(x, 0, 0).coordSource()).isEqualTo("border:SY");
    }

    @Test
    void aResolvedPlaceOrNoBorderPhraseGetsNoBorderPoint() {
        Extraction x = R.resolve(article("The Iraqi PMF took Baaj on the border with Syria and advanced in the desert near Sinjar, Iraq.",
                event("Baaj on the border", "Baaj"), event("in the desert"), event("Sinjar", "Sinjar")));
        assertThat(x.events().get(0).places()).extracting(Place::coordSource).containsExactly("geonames:5");
        assertThat(x.events().get(1).places()).isEmpty();
    }

    @Test
    void noBorderPointWhenTheArticlesPlacesAreFarFromThatBorder() {
        Extraction x = R.resolve(article("Iraqi troops in Ramadi and Faluja said villages on the border with Syria were taken.",
                event("villages on the border"), event("Ramadi", "Ramadi"), event("Faluja", "Faluja")));
        assertThat(x.events().get(0).places()).isEmpty();
    }

    /** Places written for the namesake rules, in Iraq and Syria and one in Turkey. */
    private static final PlaceResolver NAMESAKES = new PlaceResolver(Gazetteer.of(List.of(
            place("geonames:4", "Mosul", 36.335, 43.119, "IQ", FeatureKind.ADMIN_SEAT, 1739800),
            place("geonames:6", "Ramadi", 33.42, 43.31, "IQ", FeatureKind.ADMIN_SEAT, 274539),
            place("w:1", "Kubra", 34.30, 45.10, "IQ", FeatureKind.VILLAGE_TOWN, 0),
            place("w:2", "Kubra Military Base", 34.29, 45.08, "IQ", FeatureKind.VILLAGE_TOWN, 0, "Kubra"),
            place("w:3", "Nahrin", 35.80, 42.90, "IQ", FeatureKind.VILLAGE_TOWN, 0),
            place("w:4", "Nahrin", 34.20, 45.12, "IQ", FeatureKind.VILLAGE_TOWN, 0),
            place("w:5", "Falus", 36.24, 41.32, "IQ", FeatureKind.VILLAGE_TOWN, 0),
            place("w:6", "Dawi", 36.17, 41.34, "IQ", FeatureKind.VILLAGE_TOWN, 0),
            place("w:7", "Zuhra", 37.00, 40.90, "SY", FeatureKind.VILLAGE_TOWN, 0),
            place("w:8", "Zuhra", 35.20, 36.00, "SY", FeatureKind.VILLAGE_TOWN, 0),
            place("w:9", "Ruwaq", 37.00, 40.90, "SY", FeatureKind.VILLAGE_TOWN, 0),
            place("geonames:10", "Damascus", 33.51, 36.29, "SY", FeatureKind.ADMIN_SEAT, 1569394),
            place("w:11", "Shuwair Gas Field", 34.90, 37.94, "SY", FeatureKind.OIL_GAS_FIELD, 0, "Shuwair"),
            place("w:12", "Shuwair", 33.11, 36.34, "SY", FeatureKind.VILLAGE_TOWN, 0),
            place("geonames:13", "Kandar", 37.85, 40.53, "TR", FeatureKind.VILLAGE_TOWN, 5000),
            place("w:14", "Amardan", 35.22, 43.31, "IQ", FeatureKind.VILLAGE_TOWN, 0)), CountryBorders.loadDefault()));

    @Test
    void aTownAndTheBaseNamedAfterItAnchorTheStoryAsOnePlace() {
        // Kubra has two exact candidates 2 km apart: still a sure place, and Nahrin's namesake beside it wins
        Extraction x = NAMESAKES.resolve(article("Iraqi forces retook Nahrin and Kubra. Mosul in Iraq is still held.",
                event("Nahrin and Kubra", "Nahrin", "Kubra"), event("Mosul", "Mosul")));
        assertThat(only(x, 0, 0).coordSource()).isEqualTo("w:4");
        assertThat(only(x, 0, 1).coordSource()).isIn("w:1", "w:2");
    }

    @Test
    void aSmallPlaceWithAFarNamesakeStaysUnresolvedWhenFarFromTheStory() {
        // both Zuhras are in Syria, a country of the text; the nearer is 90 km from the Iraqi villages: not sure enough
        Extraction x = NAMESAKES.resolve(article("In Iraq the PMF freed Falus, Dawi and Zuhra near the border with Syria.",
                event("Falus, Dawi and Zuhra", "Falus", "Dawi", "Zuhra")));
        assertThat(only(x, 0, 0).coordSource()).isEqualTo("w:5");
        assertThat(only(x, 0, 2).resolved()).isFalse();
        // a name without namesakes is taken at that distance
        Extraction y = NAMESAKES.resolve(article("In Iraq the PMF freed Falus, Dawi and Ruwaq near the border with Syria.",
                event("Falus, Dawi and Ruwaq", "Falus", "Dawi", "Ruwaq")));
        assertThat(only(y, 0, 2).coordSource()).isEqualTo("w:9");
    }

    @Test
    void theKindOfSiteTheTextNamesPicksTheNamesake() {
        Extraction x = NAMESAKES.resolve(article("Rebels near Damascus in Syria attacked the vicinity of the natural gas field of Shuwair.",
                event("the vicinity of the natural gas field of Shuwair", "Shuwair"), event("Damascus", "Damascus")));
        assertThat(only(x, 0, 0).coordSource()).isEqualTo("w:11");
        Extraction village = NAMESAKES.resolve(article("Rebels near Damascus in Syria attacked the village of Shuwair.",
                event("the village of Shuwair", "Shuwair"), event("Damascus", "Damascus")));
        assertThat(only(village, 0, 0).coordSource()).isEqualTo("w:12");
        assertThat(FeatureKind.statedIn("Shuwair gas field", "Shuwair")).isEqualTo(FeatureKind.OIL_GAS_FIELD);
        assertThat(FeatureKind.statedIn("the airbase of Shuwair", "Shuwair")).isEqualTo(FeatureKind.AIRBASE);
        assertThat(FeatureKind.statedIn("the town of Shuwair", "Shuwair")).isNull();
        assertThat(FeatureKind.statedIn("Kubra", "Shuwair")).isNull();
    }

    @Test
    void aNamesakeAbroadFarFromTheStoryIsRefused() {
        Extraction x = NAMESAKES.resolve(article("Iraqi troops near Mosul in Iraq shelled Kandar.",
                event("Kandar", "Kandar"), event("Mosul", "Mosul")));
        assertThat(only(x, 0, 0).resolved()).isFalse();
    }

    @Test
    void aDistanceTheTextStatesAnchorsTheName() {
        // Umirdan is Amardan with other vowels, 200 km from Ramadi: too far for a vowel match unless the text says so
        Extraction x = NAMESAKES.resolve(article("Iraqi forces broke the siege of Umirdan, some 200 km north of Ramadi, in Iraq.",
                event("Umirdan, some 200 km north of Ramadi", "Umirdan"), event("Ramadi", "Ramadi")));
        assertThat(only(x, 0, 0).coordSource()).isEqualTo("w:14");
        Extraction unstated = NAMESAKES.resolve(article("Iraqi forces broke the siege of Umirdan, north of Ramadi, in Iraq.",
                event("Umirdan, north of Ramadi", "Umirdan"), event("Ramadi", "Ramadi")));
        assertThat(only(unstated, 0, 0).name()).isEqualTo("Umirdan");
        assertThat(unstated.events().get(0).places()).noneMatch(p -> "w:14".equals(p.coordSource()));
    }
}
