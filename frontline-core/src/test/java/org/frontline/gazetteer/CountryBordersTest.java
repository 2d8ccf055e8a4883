package org.frontline.gazetteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryBordersTest {
    private static final CountryBorders B = CountryBorders.loadDefault();

    @Test
    void shippedBordersCoverIraqSyriaAndNeighbours() {
        assertThat(B.geometries()).containsKeys("IQ", "SY", "TR", "IR", "JO", "LB", "IL", "PS", "SA", "KW");
        assertThat(B.countryAt(36.335, 43.119)).isEqualTo("IQ"); // Mosul
        assertThat(B.countryAt(35.953, 39.008)).isEqualTo("SY"); // Raqqa
        assertThat(B.countryAt(39.93, 32.86)).isEqualTo("TR"); // Ankara
        assertThat(B.countryAt(48.85, 2.35)).isNull(); // Paris: not covered
        assertThat(B.contains("SY", 36.335, 43.119)).isFalse();
    }

    @Test
    void distanceToBorder() {
        // Tal Abyad lies on the Syrian-Turkish border; Damascus is far from Iraq's
        assertThat(B.kmToBorder("TR", 36.696, 38.954)).isLessThan(5);
        assertThat(B.kmToBorder("IQ", 33.51, 36.29)).isGreaterThan(200);
    }

    @Test
    void aDistanceAskedAgainIsTheSameForThatCountryOnly() {
        double toTurkey = B.kmToBorder("TR", 36.2, 37.15); // Aleppo
        assertThat(B.kmToBorder("TR", 36.2, 37.15)).isEqualTo(toTurkey);
        assertThat(new CountryBorders(B.geometries()).kmToBorder("TR", 36.2, 37.15)).isEqualTo(toTurkey);
        assertThat(B.kmToBorder("IQ", 36.2, 37.15)).isGreaterThan(toTurkey + 100);
        assertThat(B.kmToBorder("TR", 36.2, 38.15)).isNotEqualTo(toTurkey);
    }
}
