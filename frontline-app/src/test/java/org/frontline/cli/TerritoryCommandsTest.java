package org.frontline.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** basemap import, linkup, contacts and map on a small base map written for the test: counts, idempotence, errors. */
class TerritoryCommandsTest extends CommandLineTest {
    @TempDir
    Path tmp;

    private String db;
    private Path map;

    @BeforeEach
    void baseMap() throws Exception {
        db = tmp.resolve("t.db").toString();
        map = tmp.resolve("map.csv");
        // a row without coordinates (looked up in the gazetteer), one the gazetteer cannot place, and one without an actor
        Files.writeString(map, """
                place,actor,date,lat,lon
                Hasakah,SDF,,36.5024,40.7477
                Tell Brak,SDF,,36.664,41.059
                Qamishli,SDF,
                Nowhere-on-earth,IS,
                Deir ez-Zor,SYR_GOV,,35.3359,40.1408
                Broken,,
                """);
    }

    private int importMap() {
        return run("basemap", "import", map.toString(), "--format", "csv", "--date", "2017-05-27", "--db", db,
                "--gazetteer", tmp.resolve("gazetteer").toString());
    }

    @Test
    void importCountsAndTheSameFileTwiceChangesNothing() {
        assertThat(importMap()).isZero();
        assertThat(err.toString()).contains("4 claims added, 0 already stored", "1 rows skipped", "1 places unresolved (Nowhere-on-earth)");
        assertThat(importMap()).isZero();
        assertThat(err.toString()).contains("0 claims added, 4 already stored");
    }

    @Test
    void badInputGetsOneLineErrors() {
        assertThat(run("basemap", "import", map.toString(), "--format", "kml", "--date", "2017-05-27", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("'kml' is not one of wikimap, geojson, csv");
        assertThat(run("basemap", "import", tmp.resolve("missing.csv").toString(), "--format", "csv", "--date", "2017-05-27", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("missing.csv: no such file");

        importMap();
        assertThat(linkUp("2017-05-01", "--from-actor", "SDF", "--to-actor", "SYR_GOV")).isEqualTo(1);
        assertThat(err.toString()).contains("no control claims on or before 2017-05-01");
        assertThat(linkUp("2017-05-27", "--from-actor", "PMF", "--to-actor", "SYR_GOV")).isEqualTo(1);
        assertThat(err.toString()).contains("PMF holds no territory on 2017-05-27", "SDF");
        assertThat(linkUp("2017-05-27", "--from", "Xyzzyqwert", "--to-actor", "SYR_GOV",
                "--gazetteer", tmp.resolve("gazetteer").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown place 'Xyzzyqwert'");
        assertThat(linkUp("2017-05-27", "--from-actor", "SDF")).isEqualTo(1);
        assertThat(err.toString()).contains("give one start");
        assertThat(run("map", "--db", db, "--date", "2017-05-27", "--out", tmp.resolve("map.png").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("must end in .html or .geojson");
        assertThat(run("contacts", "--db", db, "--date", "2017-05-27", "--countries", "XX")).isEqualTo(1);
        assertThat(err.toString()).contains("--countries: no borders for 'XX'");
    }

    @Test
    void aMarkOutsideTheTheatreStopsTheImportWithNothingStored() throws Exception {
        Path far = tmp.resolve("far.csv");
        Files.writeString(far, """
                place,actor,date,lat,lon
                Hasakah,SDF,,36.5024,40.7477
                Ankara,TUR,,39.93,32.86
                """);
        assertThat(run("basemap", "import", far.toString(), "--format", "csv", "--date", "2017-05-27", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("Ankara (39.930, 32.860) is ", " km outside Iraq and Syria; nothing imported");
        assertThat(run("control", "Hasakah", "--db", db)).isEqualTo(1);
    }

    @Test
    void linkUpBetweenPlacesAndTheMapAsGeoJson() throws Exception {
        importMap();
        // Hasakah and Tell Brak (SDF) 33 km apart join at a 20 km radius: connected with SDF passable, not without it
        assertThat(run("linkup", "--db", db, "--resolution", "6", "--radius-km", "20", "--coalition", "SYR_GOV", "--passable", "SDF",
                "--from", "Hasakah", "--to", "Tell Brak", "--date", "2017-05-27")).isZero();
        assertThat(out.toString()).contains("Hasakah → Tell Brak on 2017-05-27", ": connected", "without SDF: not connected");
        Path geojson = tmp.resolve("map.geojson");
        assertThat(run("map", "--db", db, "--resolution", "6", "--date", "2017-05-27", "--out", geojson.toString())).isZero();
        assertThat(Files.readString(geojson)).contains("FeatureCollection", "SDF");
    }

    @Test
    void controlTimelineOfAPlaceInAnySpelling() {
        importMap();
        assertThat(run("control", "--db", db, "al-Hasakah")).isZero();
        assertThat(out.toString()).startsWith("Hasakah (36.5024, 40.7477)").contains("2017-05-27  HOLDS     SDF", "map.csv", "→ SDF");
        assertThat(run("control", "--db", db, "Atlantis")).isEqualTo(1);
        assertThat(err.toString()).contains("no control claims for 'Atlantis'");
    }

    private int linkUp(String date, String... ends) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("linkup", "--db", db, "--resolution", "5",
                "--coalition", "SYR_GOV", "--date", date));
        args.addAll(java.util.List.of(ends));
        return run(args.toArray(String[]::new));
    }
}
