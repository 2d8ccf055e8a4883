package org.frontline.gazetteer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    static GazetteerEntry place(String id, String name, double lat, double lon, String country, FeatureKind kind, long pop, String... alt) {
        return new GazetteerEntry(id, name, List.of(alt), lat, lon, country, null, kind, pop, List.of(id));
    }

    static final List<GazetteerEntry> PLACES = List.of(
            place("geonames:1", "Tall Abyad", 36.696, 38.954, "SY", FeatureKind.VILLAGE_TOWN, 14000, "Tal Abyad", "تل أبيض"),
            place("geonames:2", "Tall Abyad", 35.1, 37.2, "SY", FeatureKind.VILLAGE_TOWN, 600),
            place("geonames:3", "Tal Abyad", 36.9, 42.9, "IQ", FeatureKind.VILLAGE_TOWN, 700),
            place("geonames:4", "Mosul", 36.335, 43.119, "IQ", FeatureKind.ADMIN_SEAT, 1739800, "Al Mawsil"),
            place("geonames:5", "Baaj", 36.0426, 41.716, "IQ", FeatureKind.ADMIN_SEAT, 5000, "Al Ba`aj", "البعاج"),
            place("geonames:6", "Qayrawan", 36.152, 42.05, "IQ", FeatureKind.VILLAGE_TOWN, 3000),
            place("geonames:7", "Tal Afar", 36.379, 42.448, "IQ", FeatureKind.ADMIN_SEAT, 200000),
            place("geonames:8", "Tal Afarin", 30.0, 50.0, "IR", FeatureKind.VILLAGE_TOWN, 900));

    static final Gazetteer G = Gazetteer.of(PLACES, null);

    @Test
    void exactAboveFoldedAboveFuzzy() {
        List<Candidate> c = G.search("Tal Afar", 10);
        assertThat(c.get(0).place().id()).isEqualTo("geonames:7");
        assertThat(c.get(0).match()).isEqualTo(MatchKind.EXACT);
        assertThat(G.search("Tall 'Afar", 10).get(0).match()).isEqualTo(MatchKind.FOLDED);
        // a folded match is found without fuzzy ones: the Iranian Tal Afarin is never among Tal Afar's candidates
        assertThat(G.search("Tel Afar", 10)).extracting(x -> x.place().id()).containsExactly("geonames:7");
        assertThat(G.search("Qayrawin", 10).get(0).match()).isEqualTo(MatchKind.VOWELS); // i for a: a vowel variant
        Candidate fuzzy = G.search("Qayrwan", 10).get(0); // a letter less: one edit
        assertThat(fuzzy.match()).isEqualTo(MatchKind.FUZZY);
        assertThat(fuzzy.edits()).isEqualTo(1);
        assertThat(fuzzy.place().id()).isEqualTo("geonames:6");
    }

    @Test
    void everySpellingOfBaajFindsBaaj() {
        for (String n : List.of("Baaj", "al-Ba'aj", "Al Ba‘āj", "البعاج")) {
            assertThat(G.search(n, 3).get(0).place().id()).as(n).isEqualTo("geonames:5");
        }
    }

    @Test
    void contextPicksTheRightNamesake() {
        // without context the largest Tal Abyad wins; in an Iraqi article near Mosul, the Iraqi one
        assertThat(G.search("Tal Abyad", 5).get(0).place().id()).isEqualTo("geonames:1");
        SearchContext iraq = new SearchContext(Set.of("IQ"), List.of(new SearchContext.Anchor("Mosul", 36.335, 43.119)), Set.of());
        Candidate best = G.search("Tal Abyad", iraq, 5).get(0);
        assertThat(best.place().id()).isEqualTo("geonames:3");
        assertThat(best.reasons()).anyMatch(r -> r.contains("km from Mosul")).anyMatch(r -> r.contains("country of the text"));
        // near Aleppo's south, the small one
        SearchContext south = new SearchContext(Set.of("SY"), List.of(new SearchContext.Anchor("As-Safira", 36.07, 37.37)), Set.of());
        assertThat(G.search("Tall Abyad", south, 5).get(0).place().id()).isEqualTo("geonames:2");
    }

    @Test
    void unknownNamesHaveNoCandidates() {
        assertThat(G.search("Wadi al-Midar", 5)).isEmpty();
        assertThat(G.search("---", 5)).isEmpty();
    }

    @Test
    void mergeKeepsOnePlaceWithBothSources() throws IOException {
        String lua = """
                local m = mw.loadData('Module:Middle East conflicts map marks')
                return { marks = {
                { lat = "36.045", long = "41.720", mark = m.IS, label = "[[Al-Ba'aj]]", link = "Al-Ba'aj" },
                { lat = "36.500", long = "41.720", mark = m.IS, label = "Baaj" },
                { lat = "36.261", long = "41.936", mark = m.IS, label = "Tal al-Qasab" },
                } }
                """;
        ImportResult wiki = PlaceFormat.WIKIMAP.read(new ByteArrayInputStream(lua.getBytes(StandardCharsets.UTF_8)), "Iraq.lua");
        PlaceMerger m = new PlaceMerger().add(PLACES).add(wiki.places());
        assertThat(m.merged()).isEqualTo(1);
        assertThat(m.places()).hasSize(PLACES.size() + 2); // the far "Baaj" (50 km off) and Tal al-Qasab stay apart
        GazetteerEntry baaj = m.places().stream().filter(p -> p.id().equals("geonames:5")).findFirst().orElseThrow();
        assertThat(baaj.sources()).containsExactly("geonames:5", "wikimap:Iraq.lua");
        assertThat(baaj.alternateNames()).contains("Al-Ba'aj");
        assertThat(baaj.lat()).isEqualTo(36.0426);
    }

    @Test
    void aNameSearchedAgainIsRankedInItsNewContext() {
        // the lookups of a name are remembered; the ranking is not: the second context picks the other namesake
        Gazetteer g = Gazetteer.of(PLACES, null);
        SearchContext nearRaqqa = new SearchContext(Set.of("SY"), List.of(new SearchContext.Anchor("Raqqa", 35.95, 39.01)), Set.of());
        SearchContext nearMosul = new SearchContext(Set.of("IQ"), List.of(new SearchContext.Anchor("Mosul", 36.335, 43.119)), Set.of());
        assertThat(g.search("Tal Abyad", nearRaqqa, 5).get(0).place().id()).isEqualTo("geonames:1");
        assertThat(g.search("Tal Abyad", nearMosul, 5).get(0).place().id()).isEqualTo("geonames:3");
        assertThat(g.search("Tal Abyad", nearRaqqa, 5)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(Gazetteer.of(PLACES, null).search("Tal Abyad", nearRaqqa, 5));
        assertThat(g.search("Tal Abyad", 5)).hasSize(3);
        assertThat(g.search("Tal Abyad", 1)).hasSize(1);
    }

    private static final Gazetteer SITES = Gazetteer.of(List.of(
            place("geonames:20", "Kufra", 35.0, 43.0, "IQ", FeatureKind.VILLAGE_TOWN, 4000),
            place("geonames:21", "Kufra Dam", 35.3, 43.1, "IQ", FeatureKind.DAM, 0),
            place("geonames:22", "Amirbas", 34.5, 44.5, "IQ", FeatureKind.VILLAGE_TOWN, 2000),
            place("geonames:23", "Umurbus", 33.0, 38.0, "SY", FeatureKind.VILLAGE_TOWN, 300),
            place("geonames:24", "Amirba", 33.5, 38.5, "SY", FeatureKind.VILLAGE_TOWN, 300)), null);

    @Test
    void aBridgeOrCrossingNotInTheGazetteerIsItsTown() {
        for (String n : List.of("Kufra Bridge", "al-Kufra bridge", "Kufra Border Crossing", "Kufra checkpoint")) {
            List<Candidate> c = SITES.search(n, 5);
            assertThat(c).as(n).extracting(x -> x.place().id()).containsExactly("geonames:20");
            assertThat(c.get(0).match()).isEqualTo(MatchKind.WITHOUT_SITE);
            assertThat(c.get(0).reasons().get(0)).isEqualTo("the town of the site, 'kufr'");
        }
        // a dam is not its town (it may lie tens of kilometres away), and a known site is itself
        assertThat(SITES.search("Kufra Dam", 5)).extracting(x -> x.place().id()).containsExactly("geonames:21");
        assertThat(SITES.search("Tarma Dam", 5)).isEmpty();
        assertThat(SITES.search("Bridge", 5)).isEmpty();
    }

    @Test
    void otherShortVowelsMatchBelowFoldedAboveFuzzy() {
        List<Candidate> c = SITES.search("Amerbus", 5); // e for i and u for a: the same consonants
        assertThat(c).extracting(x -> x.place().id()).containsExactlyInAnyOrder("geonames:22", "geonames:23");
        assertThat(c).allMatch(x -> x.match() == MatchKind.VOWELS);
        assertThat(c.get(0).score()).isLessThan(SITES.search("Amirbas", 5).get(0).score() - 0.2);
        // a vowel more or less is no vowel match; one edit still finds it fuzzily, ranked lower
        Candidate fuzzy = SITES.search("Amirbs", 5).get(0);
        assertThat(fuzzy.match()).isEqualTo(MatchKind.FUZZY);
        assertThat(c.get(0).score()).isGreaterThan(fuzzy.score());
        // when a name matches folded, vowel variants are not asked for
        assertThat(SITES.search("Amirbas", 5)).extracting(x -> x.place().id()).containsExactly("geonames:22");
    }

    @Test
    void theBorderWithACountryIsTheOneItSharesWithTheTextsOtherCountries() {
        Gazetteer g = Gazetteer.of(List.of(
                place("w:1", "Tall Hamra", 36.85, 40.07, "SY", FeatureKind.VILLAGE_TOWN, 0), // on Syria's border with Turkey
                place("w:2", "Tall Hamra", 36.24, 41.32, "IQ", FeatureKind.VILLAGE_TOWN, 0)), // on Iraq's border with Syria
                CountryBorders.loadDefault());
        SearchContext iraqiStory = new SearchContext(Set.of("IQ", "SY"), List.of(), Set.of("SY"));
        List<Candidate> c = g.search("Tall Hamra", iraqiStory, 5);
        assertThat(c.get(0).place().id()).isEqualTo("w:2");
        assertThat(c.get(0).reasons()).anyMatch(r -> r.endsWith("km from the border of SY"));
        assertThat(c.get(1).reasons()).noneMatch(r -> r.contains("border"));
        // in a story of Syria alone, Syria's border with anyone counts
        SearchContext syrianStory = new SearchContext(Set.of("SY"), List.of(), Set.of("SY"));
        assertThat(g.search("Tall Hamra", syrianStory, 5)).filteredOn(x -> x.place().id().equals("w:1"))
                .singleElement().satisfies(x -> assertThat(x.reasons()).anyMatch(r -> r.endsWith("km from the border of SY")));
    }
}
