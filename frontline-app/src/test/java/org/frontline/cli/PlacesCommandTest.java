package org.frontline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The places commands on the shipped gazetteer and on files written for the test. */
class PlacesCommandTest extends CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void searchRanksTheShippedPlacesWithReasons() {
        assertThat(run("places", "search", "al-Ba'aj", "--country", "IQ", "--gazetteer", tmp.toString())).isZero();
        String first = out.toString().lines().findFirst().orElseThrow();
        // GeoNames' Al Ba'aj merged with the Iraqi map's Al-Ba'aj: one place, both sources, the name exact
        assertThat(first).contains("geonames:99524,wikimap:Iraqi_insurgency_detailed_map.lua").contains("exact name")
                .contains("a country of the text");
    }

    @Test
    void importedWikimapIsSearchedFromThenOn() throws Exception {
        Path lua = tmp.resolve("Iraq map.lua");
        Files.writeString(lua, """
                local m = mw.loadData('Module:Middle East conflicts map marks')
                return { marks = {
                  { lat = "36.277", long = "41.281", mark = m.IS, label = "[[Umm Jaris|Um Gris]]", link = "Umm Jaris" },
                  { lat = "oops", long = "41.3", mark = m.IS, label = "Broken" },
                } }
                """);
        Path dir = tmp.resolve("gazetteer");
        assertThat(run("places", "import", lua.toString(), "--format", "wikimap", "--gazetteer", dir.toString())).isZero();
        assertThat(out.toString()).contains("1 places imported").contains("1 rows skipped");
        assertThat(Files.exists(dir.resolve("Iraq map.lua"))).isTrue();
        assertThat(run("places", "search", "Umm Jaris", "--near", "36.3,41.3", "--gazetteer", dir.toString())).isZero();
        // the imported mark is the shipped border crossing (same point, matching name): one place, both sources
        assertThat(out.toString()).contains("Umm al Jaris border crossing")
                .contains("wikimap:Syrian_and_Iraqi_insurgency_detailed_map.lua,wikimap:Iraq map.lua");
    }

    @Test
    void badInputIsOneLineAndExitOne() throws Exception {
        Path junk = tmp.resolve("junk.geojson");
        Files.writeString(junk, "not json");
        assertThat(run("places", "import", junk.toString(), "--format", "geojson", "--gazetteer", tmp.resolve("g").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("junk.geojson").contains("no place read");
        assertThat(run("places", "search", "Mosul", "--near", "north", "--gazetteer", tmp.toString())).isEqualTo(1);
        assertThat(run("places", "import", tmp.resolve("missing.txt").toString(), "--format", "geonames")).isEqualTo(1);
        assertThat(err.toString()).contains("missing.txt: no such file");
    }

    @Test
    void importWithCountryKeepsThoseCountriesAsGeoJson() throws Exception {
        Path dump = tmp.resolve("allCountries.txt");
        Files.writeString(dump, String.join("\n",
                "99072\tMosul\tMosul\tAl Mawsil\t36.335\t43.11889\tP\tPPLA\tIQ\t\t18\t\t\t\t1739800\t\t223\tAsia/Baghdad\t2020-01-01",
                "2988507\tParis\tParis\t\t48.85\t2.35\tP\tPPLC\tFR\t\t11\t\t\t\t2138551\t\t42\tEurope/Paris\t2020-01-01", ""));
        Path dir = tmp.resolve("g");
        assertThat(run("places", "import", dump.toString(), "--format", "geonames", "--country", "iq", "--gazetteer", dir.toString())).isZero();
        assertThat(out.toString()).contains("1 places imported").contains("1 places of other countries left out");
        assertThat(Files.exists(dir.resolve("allCountries.IQ.geojson"))).isTrue();
    }
}
