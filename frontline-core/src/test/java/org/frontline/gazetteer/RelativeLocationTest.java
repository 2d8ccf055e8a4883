package org.frontline.gazetteer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelativeLocationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "20 km east of Baaj|Baaj|90|20",
            "some 100 kilometres west of Mosul|Mosul|270|100",
            "about five miles to the southeast of the town of Morek|Morek|135|8.04672",
            "north of Baaj|Baaj|0|10",
            "nine villages west of Baaj|Baaj|270|10",
            "the villages north-west of Sinjar|Sinjar|315|10",
            "30km southern of Raqqa|Raqqa|180|30"})
    void directionAndDistance(String text, String anchor, double bearing, double km) {
        RelativeLocation r = RelativeLocation.find(text, anchor);
        assertThat(r).isNotNull();
        assertThat(r.bearingDeg()).isEqualTo(bearing);
        assertThat(r.distanceKm()).isCloseTo(km, within(1e-6));
        assertThat(r.uncertaintyKm()).isPositive();
        assertThat(r.phrase()).endsWith(anchor).isEqualTo(text.substring(text.length() - r.phrase().length()));
    }

    @Test
    void notRelativeToThisAnchor() {
        assertThat(RelativeLocation.find("west of Mosul", "Baaj")).isNull();
        assertThat(RelativeLocation.find("in Baaj", "Baaj")).isNull();
    }

    @ParameterizedTest(name = "{2} km at {3}° from {0},{1}")
    @CsvSource({"36.0426,41.7163,20,90", "36.335,43.119,100,270", "33.42,43.31,250,45", "36.9,38.0,5,180", "70.0,20.0,300,300"})
    void offsetIsWithinOnePercentOfTheGreatCircleDistance(double lat, double lon, double km, double bearing) {
        double[] p = new RelativeLocation(bearing, km, 1, "").from(lat, lon);
        assertThat(GreatCircle.km(lat, lon, p[0], p[1])).isCloseTo(km, within(km / 100));
        // and in the stated direction: north moves latitude up, east longitude
        if (bearing == 90) {
            assertThat(p[1]).isGreaterThan(lon);
        } else if (bearing == 270) {
            assertThat(p[1]).isLessThan(lon);
        } else if (bearing == 180) {
            assertThat(p[0]).isLessThan(lat);
        }
    }
}
