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
        Candidate fuzzy = G.search("Qayrawin", 10).get(0);
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
}
