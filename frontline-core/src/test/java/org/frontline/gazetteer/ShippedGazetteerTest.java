package org.frontline.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The data shipped in the jar: GeoNames' places and the Wikipedia maps' merged, and every province seat in it. */
class ShippedGazetteerTest {
    private static final Gazetteer G = Gazetteer.of(GazetteerLoader.shippedPlaces(), null);

    @Test
    void everyProvinceSeatIsAShippedPlace() {
        ArticleContext.provinceSeats().values().forEach(seat -> {
            List<Candidate> c = G.search(seat[1], new SearchContext(Set.of(seat[0]), List.of(), Set.of()), 1);
            assertThat(c).as(seat[1]).isNotEmpty();
            assertThat(c.get(0).place().country()).as(seat[1]).isEqualTo(seat[0]);
            assertThat(c.get(0).match()).as(seat[1]).isNotEqualTo(MatchKind.FUZZY);
        });
    }

    @Test
    void shippedPlacesCoverIraqAndSyria() {
        assertThat(G.size()).isGreaterThan(4000);
        assertThat(G.places()).anyMatch(p -> "IQ".equals(p.country())).anyMatch(p -> "SY".equals(p.country()));
        assertThat(G.search("Mosul", 1).get(0).place().id()).isEqualTo("geonames:99072");
    }

    @Test
    void theShippedWikipediaMapsAddTheirPlacesMergedWithGeoNames() {
        // Mosul's mark lies 3.6 km from GeoNames' point: one place with both sources, GeoNames' point kept
        GazetteerEntry mosul = G.search("Mosul", 1).get(0).place();
        assertThat(mosul.sources()).containsExactly("geonames:99072", "wikimap:Iraqi_insurgency_detailed_map.lua");
        // a border crossing GeoNames lacks, found by the label's shown text and by the name without "border crossing"
        SearchContext iraq = new SearchContext(Set.of("IQ", "SY"), List.of(), Set.of());
        GazetteerEntry crossing = G.search("Umm al Jaris", iraq, 1).get(0).place();
        assertThat(crossing.name()).isEqualTo("Umm al Jaris border crossing");
        assertThat(crossing.lat()).isEqualTo(36.277);
        assertThat(crossing.coordSource()).isEqualTo("wiki-map");
        // a backtick in a module's name is the letter ayn and folds like it
        assertThat(PlaceNameAnalyzer.fold("Tall `Abid")).isEqualTo(PlaceNameAnalyzer.fold("Tall ‘Abid")).isEqualTo(PlaceNameAnalyzer.fold("Tall Abid"));
        assertThat(G.places()).anyMatch(p -> p.name().contains("`"));
    }
}
