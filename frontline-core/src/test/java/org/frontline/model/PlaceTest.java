package org.frontline.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceTest {
    private static final Place BAAJ = new Place("Baaj", 36.04, 41.72, "geonames:1", false, 0);
    private static final Place NORTH_OF_BAAJ = new Place("north of Baaj", 36.13, 41.72, Place.OFFSET_FROM + "Baaj", true, 10);
    private static final Place TAL_AFAR = new Place("Tal Afar", 36.38, 42.45, "geonames:2", false, 0);

    @Test
    void theAnchorOfARelativeLocationIsNotASite() {
        assertThat(Place.sites(List.of(BAAJ, NORTH_OF_BAAJ, TAL_AFAR))).containsExactly(NORTH_OF_BAAJ, TAL_AFAR);
        assertThat(Place.where(List.of(BAAJ, NORTH_OF_BAAJ))).isEqualTo(NORTH_OF_BAAJ);
    }

    @Test
    void aPlaceNamedAloneIsASite() {
        assertThat(Place.sites(List.of(BAAJ))).containsExactly(BAAJ);
    }

    @Test
    void unresolvedPlacesAreShownOnlyWhenNothingIsResolved() {
        Place village = Place.named("Umm Jaris");
        assertThat(Place.sites(List.of(village, BAAJ))).containsExactly(BAAJ);
        assertThat(Place.where(List.of(village, BAAJ))).isEqualTo(BAAJ);
        assertThat(Place.where(List.of(village))).isEqualTo(village);
        assertThat(Place.where(List.of())).isNull();
    }
}
