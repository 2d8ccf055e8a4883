package org.frontline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest, events, article and reextract through the command line, on texts written for the test. */
class StoreCommandsTest extends CommandLineTest {
    @TempDir
    Path tmp;

    private String db;

    @BeforeEach
    void texts() throws Exception {
        db = tmp.resolve("data/frontline.db").toString();
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(news.resolve("manbij.txt"), """
                URL: https://one.example/2016/08/manbij
                Published: 2016-08-13

                SDF captures Manbij

                The Syrian Democratic Forces captured Manbij from Islamic State on Friday after a siege of two months.
                Hundreds of civilians left the city, officials said.
                """);
        Files.writeString(news.resolve("raqqa.txt"), """
                URL: https://two.example/2017/06/raqqa
                Published: 2017-06-07

                Assault on Raqqa begins

                The Syrian Democratic Forces attacked Islamic State positions in Raqqa on Tuesday, a spokesman said.
                """);
    }

    @Test
    void ingestStoresEveryPageOfAnArchiveReadInParts() throws Exception {
        Path archive = ExtractCommandTest.archiveOfReports(tmp.resolve("crawl.warc"), 70);
        assertThat(run("ingest", archive.toString(), "--db", db, "--threads", "2")).isEqualTo(0);
        assertThat(err.toString()).contains("70 articles added, 0 already stored");
    }

    @Test
    void ingestTwiceStoresOnce() {
        assertThat(run("ingest", tmp.resolve("news").toString(), "--db", db)).isEqualTo(0);
        assertThat(err.toString()).contains("2 articles added, 0 already stored");
        assertThat(run("ingest", tmp.resolve("news").toString(), "--db", db)).isEqualTo(0);
        assertThat(err.toString()).contains("0 articles added, 2 already stored");
    }

    @Test
    void eventsExportAsCsvAndGeojson() throws Exception {
        run("ingest", tmp.resolve("news").toString(), "--db", db);
        assertThat(run("events", "--db", db, "--format", "csv", "--by", "event", "--type", "capture")).isEqualTo(0);
        List<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(out.toString()).readAll();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).containsEntry("sub_event_type", "capture"));
        assertThat(rows.get(0)).containsEntry("actor1", "SDF").containsEntry("location", "Manbij").containsEntry("source", "one.example");

        assertThat(run("events", "--db", db, "--format", "geojson", "--from", "2017-01-01")).isEqualTo(0);
        JsonNode geojson = new ObjectMapper().readTree(out.toString());
        assertThat(geojson.get("features")).isNotEmpty();
        geojson.get("features").forEach(f -> assertThat(f.at("/properties/event_date").asText()).startsWith("2017"));

        assertThat(run("events", "--db", db, "--near", "nowhere")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("frontline: events: no stored place named 'nowhere' has coordinates; give LAT,LON instead\n");
    }

    @Test
    void articleHighlightsTheEventSentences() {
        run("ingest", tmp.resolve("news").toString(), "--db", db);
        assertThat(run("article", "manbij", "--db", db, "--no-color")).isEqualTo(0);
        assertThat(out.toString()).contains("[[The Syrian Democratic Forces captured Manbij")
                .doesNotContain("[[Hundreds").contains("[1] capture SDF vs IS Manbij (36.5282, 37.9550) 2016-08-12"); // ingest geocodes as extract does
        assertThat(run("article", "missing", "--db", db)).isEqualTo(1);
    }

    @Test
    void reextractKeepsTheArticles() {
        run("ingest", tmp.resolve("news").toString(), "--db", db);
        run("events", "--db", db, "--format", "csv", "--by", "event");
        String before = out.toString();
        assertThat(run("reextract", "--db", db)).isEqualTo(0);
        assertThat(err.toString()).contains("2 articles re-extracted");
        run("events", "--db", db, "--format", "csv", "--by", "event");
        assertThat(out.toString().lines().count()).isEqualTo(before.lines().count());
        assertThat(run("reextract", "--outdated", "--db", db)).isEqualTo(0);
        assertThat(err.toString()).contains("0 articles re-extracted");
    }

    @Test
    void aCorruptDatabaseIsOneLine() throws Exception {
        Path bad = tmp.resolve("bad.db");
        Files.writeString(bad, "not a database\n".repeat(300));
        assertThat(run("events", "--db", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("frontline: " + bad + ": not a Frontline database or corrupt").hasLineCount(1);
    }

    @Test
    void anImpossibleDayInAQueryIsAUsageErrorNamingTheOption() {
        assertThat(run("events", "--db", db, "--from", "2017-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--from").contains("invalid date '2017-13-01': expected YYYY-MM-DD")
                .doesNotContain("Exception");
    }
}
