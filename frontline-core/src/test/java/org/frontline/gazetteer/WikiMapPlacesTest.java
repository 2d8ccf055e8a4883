package org.frontline.gazetteer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WikiMapPlacesTest {
    private static List<GazetteerEntry> places(String... labels) throws IOException {
        StringBuilder lua = new StringBuilder("local m = mw.loadData('Module:Middle East conflicts map marks')\nreturn { marks = {\n");
        for (String label : labels) {
            lua.append("{ lat = 35.5, long = 41.5, mark = m.IS, label = \"").append(label).append("\" },\n");
        }
        lua.append("} }\n");
        ImportResult r = PlaceFormat.WIKIMAP.read(new ByteArrayInputStream(lua.toString().getBytes(StandardCharsets.UTF_8)), "test.lua");
        return r.places();
    }

    @Test
    void aQualifierOrASiteKindIsDroppedForAnAlternateName() throws IOException {
        assertThat(places("Zawiya (Syria)").get(0).alternateNames()).containsExactly("Zawiya");
        assertThat(places("Zawiya, Syria").get(0).alternateNames()).containsExactly("Zawiya");
        assertThat(places("Umm Tarfa oil field").get(0).alternateNames()).containsExactly("Umm Tarfa");
        assertThat(places("Sha'ib Gas Fields").get(0).alternateNames()).containsExactly("Sha'ib");
        assertThat(places("Tell Kurdi border crossing").get(0).alternateNames()).containsExactly("Tell Kurdi");
    }

    @Test
    void aBracketedNameIsTheOtherNameOfThePlace() throws IOException {
        assertThat(places("Al Hurayn (Gurên)").get(0).alternateNames()).containsExactly("Al Hurayn", "Gurên");
        assertThat(places("Qasr Tuba(Qala'at Tuba)").get(0).alternateNames()).containsExactly("Qasr Tuba", "Qala'at Tuba");
        assertThat(places("Khirbat Nasr (al-Nasriyah)").get(0).alternateNames()).containsExactly("Khirbat Nasr", "al-Nasriyah");
        // a height, years, a description, an acronym, a unit number, a country, a list or a direction are no names
        for (String label : List.of("Tall Ruman (612m)", "Tall Ruman (2013–2015)", "Tall Ruman (hill)", "Tall Ruman (YPG)",
                "Tall Ruman (Battalion 12)", "Tall Ruman (Iraq)", "Tall Ruman (Turkish)", "Tall Ruman (Ruman, Ramin)",
                "Tall Ruman (Bakery/Mill)", "Tall Ruman (North)")) {
            assertThat(places(label).get(0).alternateNames()).as(label).containsExactly("Tall Ruman");
        }
    }
}
