package org.frontline.gazetteer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleContextTest {

    /** The countries after "border with" or "borders of" first, then those of "the Syrian border", each in text order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A border post fell; the BORDERS WITH Syria were closed.|SY",
            "Shelling hit villages on the borders of Iraq and Iran.|IQ",
            "Troops massed near the Syrian-Turkish border, then at the border with Jordan.|JO,SY,TR",
            "The Iraqi–Iranian border and the Lebanese border stayed calm.|IQ,IR,LB",
            "Syrian/Turkish border crossings reopened.|SY,TR",
            "The IRAQI border guard and the bordering villages of Syria.|''",
            "SaudiArabia's border with Kuwait held.|KW",
            "Cross-border fire from the Israeli border|IL",
            "No frontier named here.|''"})
    void bordersNamedWithThenByAdjective(String text, String countries) {
        List<String> expected = countries.isEmpty() ? List.of() : List.of(countries.split(","));
        assertThat(ArticleContext.borders(text)).containsExactlyElementsOf(expected);
    }
}
