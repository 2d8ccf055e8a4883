package org.frontline.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import org.frontline.extract.GoldFormat;
import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.Extraction;
import org.frontline.store.ExtractionTables;
import org.frontline.store.TextFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code frontline load} on tables laid out as {@code frontline-spark extract --format jsonl} writes them (the
 * Spark job's own test loads its real output).
 */
class LoadCommandTest extends CommandLineTest {
    @TempDir
    Path tmp;

    private Path tables;
    private String db;

    @BeforeEach
    void tables() throws IOException {
        tables = tmp.resolve("out");
        db = tmp.resolve("frontline.db").toString();
        Pipeline pipeline = new Pipeline();
        List<String> articles = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        ObjectWriter json = GoldFormat.mapper().writer();
        for (Article a : List.of(
                new Article("manbij", "https://one.example/manbij", "one.example", LocalDate.of(2016, 8, 13), "SDF captures Manbij",
                        "The Syrian Democratic Forces captured Manbij from Islamic State on Friday after a siege of two months."),
                new Article("raqqa", "https://two.example/raqqa", "two.example", LocalDate.of(2017, 6, 7), "Assault on Raqqa begins",
                        "The Syrian Democratic Forces attacked Islamic State positions in Raqqa on Tuesday, a spokesman said.\n\n"
                                + "US-backed Syrian Kurdish groups hold the other side of the river."))) {
            Extraction x = pipeline.extract(a);
            ExtractionTables.ArticleRows rows = ExtractionTables.rows(x, TextFingerprint.of(a.fullText()), "test");
            articles.add(json.writeValueAsString(rows.article()));
            for (ExtractionTables.EventRow e : rows.events()) {
                events.add(json.writeValueAsString(e));
            }
            for (ExtractionTables.RelationRow r : rows.relations()) {
                relations.add(json.writeValueAsString(r));
            }
        }
        assertThat(events).isNotEmpty();
        assertThat(relations).isNotEmpty();
        Files.write(Files.createDirectories(tables.resolve("articles")).resolve("part-00000.json"), articles);
        Files.write(Files.createDirectories(tables.resolve("events")).resolve("part-00000.json"), events);
        Files.write(Files.createDirectories(tables.resolve("relations")).resolve("part-00000.json"), relations);
        Files.writeString(tables.resolve("articles/_SUCCESS"), "");
    }

    @Test
    void loadsOnceAndTwiceChangesNothing() {
        assertThat(run("load", tables.toString(), "--db", db)).isEqualTo(0);
        assertThat(err.toString()).contains("2 articles added, 0 already stored");
        assertThat(run("events", "--db", db, "--by", "event", "--format", "csv")).isEqualTo(0);
        String firstEvents = out.toString();
        assertThat(firstEvents).contains("SDF", "Manbij", "Raqqa");

        assertThat(run("load", tables.toString(), "--db", db)).isEqualTo(0);
        assertThat(err.toString()).contains("0 articles added, 2 already stored");
        run("events", "--db", db, "--by", "event", "--format", "csv");
        assertThat(out.toString()).isEqualTo(firstEvents);
    }

    @Test
    void refusesParquetWithTheWayOut() throws IOException {
        Files.writeString(tables.resolve("articles/part-00000.snappy.parquet"), "PAR1");
        assertThat(run("load", tables.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("Parquet is read by Spark only", "--format jsonl", "frontline-spark convert");
    }

    @Test
    void namesTheMissingTableAndTheBadLine() throws IOException {
        assertThat(run("load", tmp.resolve("nowhere").toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("nowhere/articles: no such directory");

        Files.writeString(tables.resolve("events/part-00001.json"), "{\"articleId\": \"manbij\", \"ordinal\": \n");
        assertThat(run("load", tables.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("part-00001.json: not a row of frontline-spark's events table");
    }
}
