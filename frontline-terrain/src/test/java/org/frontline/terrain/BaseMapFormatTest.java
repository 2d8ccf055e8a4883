package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseMapFormatTest {
    static final LocalDate DAY = LocalDate.of(2017, 5, 27);
    @TempDir
    Path dir;

    static final String MODULE = """
            -- Syrian Civil War detailed map (a few marks written for the test)
            local m = mw.loadData("Module:Middle East conflicts map marks")
            local p = {}
            p.containerArgs = { float = "right", width = "1200", map = { name = "Syria", size = 2 } }
            --[[ a block comment with { braces } and mark = m.IS that must not count
            ]]
            p.marks = {
              { lat = "36.501", long = "40.746", mark = m.SDF, marksize = "8", label = "[[Al-Hasakah|Hasakah]]", link = "Al-Hasakah" },
              { lat = 36.38, long = 41.06, mark = m.SDF_hill, label = "[[al-Hawl]]" }, -- trailing comment
              {lat="35.336",long="40.145",mark=m.gov_siege,label="[[Deir ez-Zor]]",link="Deir ez-Zor",label_size="120"};
              { lat = "34.45", long = "40.92", mark = m.IS_oil, label = "Abu Kamal", position = "left" },
              { lat = "35.95", long = "39.01", mark = m.gov_IS, label = "[[Mixed village]]" },
              { lat = "35.96", long = "39.02", mark = m.stable_opp_JaN_IS, label = "[[Three-way]]" },
              { lat = "36.0", long = "38.0", mark = m.lcl, label = "Local" },
              { lat = "36.1", long = "38.1", mark = m.weird, label = "Odd" },
              { lat = "36.2", long = "38.1", mark = "Location dot purple.svg", label = "Purple" },
              { lat = "", long = "38.2", mark = m.IS, label = "No coordinates" },
              { lat = "35.3", long = "40.1", mark = "Map-circle-black.svg", label = "[[Deir ez-Zor]]" },
              { lat = "36.7", long = "40.2", mark = "Location dot grey.svg", label = [[Long string]] },
              { lat = "36.7", long = "40.2", mark = "80x80-red-black-anim.gif", label = "[[Battle of X#Y|Y]]" },
              { lat = "36.7", long = "40.2", mark = "BSicon STRlf yellow.svg", label = "Tishrin Dam" },
              { lat = "36.7", long = "40.2", mark = m.pass_NE },
              { lat = "36.7", long = "40.2", mark = "Battle of Raqqa (2017) for Templates.svg", marksize = 300 },
            }
            return p
            """;

    @Test
    void readsEveryMarkShapeOfTheModule() throws IOException {
        Path file = dir.resolve("Syrian_Civil_War_detailed_map.lua");
        Files.writeString(file, MODULE);
        BaseMap map = BaseMapFormat.WIKIMAP.read(file, DAY, null);
        assertThat(map.claims()).extracting(c -> c.place().name(), ControlClaim::actor, ControlClaim::kind).containsExactly(
                tuple("Hasakah", "SDF", Kind.HOLDS),
                tuple("al-Hawl", "SDF", Kind.HOLDS),
                tuple("Deir ez-Zor", "SYR_GOV", Kind.HOLDS), // besieged, by a side the mark does not name
                tuple("Abu Kamal", "IS", Kind.HOLDS),
                tuple("Mixed village", "SYR_GOV", Kind.HOLDS),
                tuple("Mixed village", "IS", Kind.CONTESTED),
                tuple("Three-way", "FSA", Kind.HOLDS),
                tuple("Three-way", "HTS", Kind.CONTESTED),
                tuple("Three-way", "IS", Kind.CONTESTED),
                tuple("Deir ez-Zor", "IS", Kind.CONTESTED), // the siege ring in IS's colour
                tuple("Long string", "HTS", Kind.HOLDS),
                tuple("Y", "SYR_GOV", Kind.HOLDS),
                tuple("Y", "IS", Kind.CONTESTED));
        assertThat(map.claims().get(0).place().lat()).isEqualTo(36.501);
        assertThat(map.claims().get(0).date()).isEqualTo(DAY);
        // local forces, the two unknown marks, no coordinates, the dam and the border post symbols, the battle map
        assertThat(map.skipped()).isEqualTo(7);
        assertThat(map.unknownMarks()).containsOnly(entry("weird", 1), entry("Location dot purple.svg", 1));
    }

    @Test
    void theIraqiModuleMeansOtherActorsByTheSameMarks() throws IOException {
        Path file = dir.resolve("Iraqi_insurgency_detailed_map.lua");
        Files.writeString(file, """
                local m = mw.loadData("Module:Middle East conflicts map marks")
                return { marks = {
                  { lat = "36.350", long = "43.155", mark = m.gov, marksize = "39", label = "[[Mosul]]", link = "Mosul", label_size = "120", position = "left" },
                  { lat = "36.32", long = "41.86", mark = m.SDF_base, label = "[[Sinjar]]" },
                  { lat = "36.32", long = "41.86", mark = "BSicon STRrf red.svg", label = "[[Mosul Dam]]" },
                  { lat = "36.32", long = "41.86", mark = m.opp, label = "[[No opposition here]]" },
                } }
                """);
        BaseMap map = BaseMapFormat.WIKIMAP.read(file, DAY, null);
        assertThat(map.claims()).extracting(ControlClaim::actor).containsExactly("IRQ_GOV", "KRG");
        assertThat(map.unknownMarks()).containsOnly(entry("opp", 1));
    }

    @Test
    void theBorderModuleReadsEachSideWithItsOwnMeaning() throws IOException {
        Path file = dir.resolve("Syrian_and_Iraqi_insurgency_detailed_map.lua");
        Files.writeString(file, """
                local m = mw.loadData("Module:Middle East conflicts map marks")
                return { marks = {
                  { lat = "36.38", long = "41.15", mark = m.SDF, label = "[[al-Hawl]]" },
                  { lat = "36.32", long = "41.87", mark = "Dot_yellow_ff4.svg", label = "[[Sinjar]]" },
                  { lat = "35.34", long = "40.14", mark = m.gov, label = "[[Deir ez-Zor]]" },
                  { lat = "34.37", long = "41.09", mark = "Location dot red.svg", label = "[[Al-Qa'im]]" },
                } }
                """);
        BaseMap map = BaseMapFormat.WIKIMAP.read(file, DAY, null);
        assertThat(map.claims()).extracting(c -> c.place().name(), ControlClaim::actor).containsExactly(
                tuple("al-Hawl", "SDF"), tuple("Sinjar", "KRG"), tuple("Deir ez-Zor", "SYR_GOV"), tuple("Al-Qa'im", "IRQ_GOV"));
    }

    @Test
    void badLuaIsAClearError() throws IOException {
        Path file = dir.resolve("broken.lua");
        Files.writeString(file, "return { marks = {\n { lat = \"36.3, long = 1 }\n}\n");
        assertThatThrownBy(() -> BaseMapFormat.WIKIMAP.read(file, DAY, null)).hasMessageContaining("line 2");
    }

    @Test
    void readsGeoJsonPointsWithActorsOrMarks() throws IOException {
        Path file = dir.resolve("places.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[41.73,36.03]},"properties":{"name":"Baaj","actor":"IS"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[41.86,36.32]},"properties":{"name":"Sinjar","mark":"SDF","date":"2017-05-20"}},
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[41,36],[42,36]]},"properties":{"name":"road"}}
                ]}""");
        BaseMap map = BaseMapFormat.GEOJSON.read(file, DAY, MarkTable.defaults("iraq"));
        assertThat(map.claims()).extracting(c -> c.place().name(), ControlClaim::actor, ControlClaim::date)
                .containsExactly(tuple("Baaj", "IS", DAY), tuple("Sinjar", "KRG", LocalDate.of(2017, 5, 20)));
        assertThat(map.claims().get(0).place().lon()).isEqualTo(41.73);
        assertThat(map.skipped()).isEqualTo(1);
    }

    @Test
    void readsCsvWithOrWithoutCoordinates() throws IOException {
        Path file = dir.resolve("places.csv");
        Files.writeString(file, """
                place,actor,date,lat,lon
                Baaj,IS,2017-05-27,36.03,41.73
                "Umm Jaris, border",PMF,2017-05-29,36.1,41.3
                Qamishli,SDF,
                """);
        BaseMap map = BaseMapFormat.CSV.read(file, DAY, MarkTable.defaults("syria"));
        assertThat(map.claims()).extracting(c -> c.place().name(), ControlClaim::actor, ControlClaim::date).containsExactly(
                tuple("Baaj", "IS", DAY), tuple("Umm Jaris, border", "PMF", DAY.plusDays(2)), tuple("Qamishli", "SDF", DAY));
        assertThat(map.claims().get(2).place().resolved()).isFalse();
        Files.writeString(file, "Baaj,IS,27/05/2017\n");
        assertThatThrownBy(() -> BaseMapFormat.CSV.read(file, DAY, null)).hasMessageContaining("places.csv:1: bad date");
    }

    @Test
    void aUserTableOverridesTheDefaults() throws IOException {
        Path table = dir.resolve("marks.tsv");
        Files.writeString(table, "iraq\tgov\tPMF\tthe militias\n");
        Path file = dir.resolve("map.lua");
        Files.writeString(file, "local m = mw.loadData('marks') return { marks = { { lat = 36, long = 42, mark = m.gov, label = 'Tal Afar' } } }");
        assertThat(BaseMapFormat.WIKIMAP.read(file, DAY, MarkTable.read(table)).claims()).extracting(ControlClaim::actor).containsExactly("PMF");
    }
}
