package org.frontline.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The data shipped in the jar: read without a skipped row, and every province seat in it. */
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
}
