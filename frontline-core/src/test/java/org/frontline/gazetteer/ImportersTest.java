package org.frontline.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportersTest {

    private static ImportResult read(PlaceFormat f, String text) throws IOException {
        return f.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    static final String GEONAMES_ROWS = String.join("\n",
            "99072\tMosul\tMosul\tAl Mawsil,Mossul,الموصل\t36.335\t43.11889\tP\tPPLA\tIQ\t\t18\t\t\t\t1739800\t\t223\tAsia/Baghdad\t2020-01-01",
            "99524\tBaaj\tBaaj\tAl Ba`aj,Al Baaj,البعاج\t36.0426\t41.71632\tP\tPPLA2\tIQ\t\t18\t\t\t\t5000\t\t220\tAsia/Baghdad\t2020-01-01",
            "broken row without tabs",
            "1\tNowhere\tNowhere\t\t95.0\t43.0\tP\tPPL\tIQ\t\t18\t\t\t\t0\t\t\tAsia/Baghdad\t2020-01-01",
            "2\tDam\tDam\t\t36.6\t42.8\tS\tDAM\tIQ\t\t18\t\t\t\tnot-a-number\t\t\tAsia/Baghdad\t2020-01-01",
            "");

    @Test
    void geoNamesRowsWithAlternateNamesAndKinds() throws IOException {
        ImportResult r = read(PlaceFormat.GEONAMES, GEONAMES_ROWS);
        assertThat(r.places()).hasSize(3);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.problems()).anyMatch(p -> p.startsWith("line 3:")).anyMatch(p -> p.contains("coordinates"));
        GazetteerEntry mosul = r.places().get(0);
        assertThat(mosul.id()).isEqualTo("geonames:99072");
        assertThat(mosul.alternateNames()).contains("Al Mawsil", "الموصل");
        assertThat(mosul.kind()).isEqualTo(FeatureKind.ADMIN_SEAT);
        assertThat(mosul.country()).isEqualTo("IQ");
        assertThat(mosul.population()).isEqualTo(1739800);
        assertThat(r.places().get(2).kind()).isEqualTo(FeatureKind.DAM);
        assertThat(r.places().get(2).population()).isZero();
    }

    @Test
    void geoNamesWriterRowsReadBackAsTheSamePlaces() throws IOException {
        GazetteerEntry tallAfar = new GazetteerEntry("geonames:90393", "Tall ‘Afar", java.util.List.of("Tal Afar", "Tel Afar, Iraq", "تلعفر"),
                36.3791, 42.4481, "IQ", "18", FeatureKind.ADMIN_SEAT, 150_000, java.util.List.of("geonames:90393"));
        GazetteerEntry dam = new GazetteerEntry("wikimap:Iraq.lua:Mosul Dam", "Mosul Dam", java.util.List.of("Mosul\tDam"),
                36.63, 42.82, null, null, FeatureKind.DAM, 0, java.util.List.of("wikimap:Iraq.lua"));
        GazetteerEntry other = new GazetteerEntry("wikimap:Syria.lua:X", "Qaryat Ṣaghīrah", java.util.List.of(), 35.0, 38.0, "SY", null,
                FeatureKind.OTHER, 0, java.util.List.of("wikimap:Syria.lua"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GeoNamesPlacesWriter.write(java.util.List.of(tallAfar, dam, other), out, java.time.LocalDate.of(2017, 7, 25));
        String text = out.toString(StandardCharsets.UTF_8);

        String[] rows = text.split("\n");
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(19));
        assertThat(rows[0]).startsWith("90393\tTall ‘Afar\tTall Afar\tTal Afar,Tel Afar Iraq,تلعفر\t").endsWith("\t2017-07-25");
        assertThat(rows[1]).startsWith(GeoNamesPlacesWriter.OWN_IDS + "\tMosul Dam\t");
        assertThat(rows[2]).startsWith((GeoNamesPlacesWriter.OWN_IDS + 1) + "\tQaryat Ṣaghīrah\tQaryat Saghirah\t");

        ImportResult back = read(PlaceFormat.GEONAMES, text);
        assertThat(back.skipped()).isZero();
        assertThat(back.places()).extracting(GazetteerEntry::kind)
                .containsExactly(FeatureKind.ADMIN_SEAT, FeatureKind.DAM, FeatureKind.OTHER);
        GazetteerEntry t = back.places().get(0);
        assertThat(t.id()).isEqualTo("geonames:90393");
        assertThat(t.names()).contains("Tall ‘Afar", "Tal Afar", "تلعفر");
        assertThat(t.lat()).isEqualTo(36.3791);
        assertThat(t.lon()).isEqualTo(42.4481);
        assertThat(t.country()).isEqualTo("IQ");
        assertThat(t.admin1()).isEqualTo("18");
        assertThat(t.population()).isEqualTo(150_000);
        // the tab inside the alternate name became a space: then it is the name itself, not written twice
        assertThat(back.places().get(1).alternateNames()).isEmpty();
    }

    @Test
    void everyKindWrittenInGeoNamesCodesReadsBackAsItself() {
        for (FeatureKind k : FeatureKind.values()) {
            String[] code = k.geoNamesCode();
            long population = k == FeatureKind.CITY ? FeatureKind.CITY_POPULATION : 0;
            assertThat(FeatureKind.ofGeoNames(code[0], code[1], population)).as(k.name()).isEqualTo(k);
        }
    }

    static final String WIKIMAP = """
            local m = require('Module:Middle East conflicts map marks') -- as older revisions do
            return {
              marks = {
                { lat = "36.350", long = "43.155", mark = m.gov, marksize = "39", label = "[[Mosul]]", link = "Mosul", label_size = "120", position = "left" },
                { lat = "36.152", long = "42.050", mark = m.IS, label = "[[Al-Qairawan|Qairawan]]", link = "Al-Qairawan" }, -- a comment
                { lat = "36.615",
                  long = "42.815", mark = m.SDF, label = "Mosul Dam" },
                { lat = "north", long = "42.0", mark = m.IS, label = "Broken" },
                { lat = "36.0", long = "42.0", mark = m.IS },
              },
              legend = { title = "not a mark" },
            }
            """;

    @Test
    void wikimapMarksAcrossLinesWithWikiLinks() throws IOException {
        ImportResult r = read(PlaceFormat.WIKIMAP, WIKIMAP);
        assertThat(r.places()).extracting(GazetteerEntry::name).containsExactly("Mosul", "Qairawan", "Mosul Dam");
        assertThat(r.skipped()).isEqualTo(1); // "Broken"; the mark without a name is no place
        assertThat(r.problems()).containsExactly("mark 4: Broken without usable lat/long");
        GazetteerEntry q = r.places().get(1);
        assertThat(q.lat()).isEqualTo(36.152);
        assertThat(q.alternateNames()).contains("Al-Qairawan");
        assertThat(q.coordSource()).isEqualTo("wiki-map");
        assertThat(r.places().get(2).kind()).isEqualTo(FeatureKind.DAM);
        assertThat(r.places().get(2).lon()).isEqualTo(42.815);
    }

    @Test
    void geoJsonPointsWithAlternateNames() throws IOException {
        String json = """
                {"type":"FeatureCollection","name":"villages","features":[
                 {"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[41.281,36.277]},
                  "properties":{"name":"Umm Jaris","alternateNames":["Um Gris","Um Geris"],"country":"IQ"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[41.3,36.2]},
                  "properties":{"name":"Al-Falus","alt_names":"Falus, al Falous","kind":"village-town","population":800}},
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[41,36],[42,37]]},"properties":{"name":"Road"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[41.3,136.2]},"properties":{"name":"Off"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[41.3,36.2]},"properties":{}}
                ]}""";
        ImportResult r = read(PlaceFormat.GEOJSON, json);
        assertThat(r.places()).extracting(GazetteerEntry::name).containsExactly("Umm Jaris", "Al-Falus");
        assertThat(r.skipped()).isEqualTo(3);
        assertThat(r.places().get(0).alternateNames()).containsExactly("Um Gris", "Um Geris");
        assertThat(r.places().get(0).id()).isEqualTo("test:7");
        assertThat(r.places().get(1).alternateNames()).containsExactly("Falus", "al Falous");
        assertThat(r.places().get(1).population()).isEqualTo(800);
    }

    @Test
    void brokenFilesAreCountedNeverThrown() throws IOException {
        assertThat(read(PlaceFormat.GEOJSON, "{\"features\":[{\"type\":\"Feature\",").skipped()).isEqualTo(1);
        assertThat(read(PlaceFormat.GEOJSON, "[1,2]").skipped()).isEqualTo(1);
        assertThat(read(PlaceFormat.GEONAMES, "\u0000\t\t\n").skipped()).isEqualTo(1);
    }

    @Test
    void gzippedFilesAndFormatByName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("iq.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(GEONAMES_ROWS.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(PlaceFormat.ofFileName(f.toString())).isEqualTo(PlaceFormat.GEONAMES);
        assertThat(PlaceFormat.ofFileName("Syria.lua")).isEqualTo(PlaceFormat.WIKIMAP);
        assertThat(PlaceFormat.ofFileName("v.geojson")).isEqualTo(PlaceFormat.GEOJSON);
        assertThat(PlaceFormat.GEONAMES.read(f).places()).hasSize(3);
        assertThat(PlaceFormat.detect(f)).isEqualTo(PlaceFormat.GEONAMES);
        Path luaAsText = dir.resolve("Syrian_Civil_War_detailed_map.txt");
        Files.writeString(luaAsText, WIKIMAP);
        assertThat(PlaceFormat.detect(luaAsText)).isEqualTo(PlaceFormat.WIKIMAP);
        Path json = dir.resolve("v.txt");
        Files.writeString(json, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertThat(PlaceFormat.detect(json)).isEqualTo(PlaceFormat.GEOJSON);
    }

    @Test
    void filterKeepsSomeCountriesAndTheWriterRoundTrips() throws IOException {
        String rows = GEONAMES_ROWS + "3\tAleppo\tAleppo\tHalab,حلب\t36.2\t37.16\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t\tAsia/Damascus\t2020-01-01\n";
        ImportResult r = PlaceFormat.GEONAMES.read(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), "all",
                p -> "SY".equals(p.country()));
        assertThat(r.places()).extracting(GazetteerEntry::name).containsExactly("Aleppo");
        assertThat(r.left()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(2);
        var out = new java.io.ByteArrayOutputStream();
        GeoJsonPlacesWriter.write(r.places(), out);
        ImportResult back = PlaceFormat.GEOJSON.read(new ByteArrayInputStream(out.toByteArray()), "back");
        assertThat(back.skipped()).isZero();
        assertThat(back.places()).containsExactlyElementsOf(r.places());
    }
}
