package org.frontline.spark;

import org.apache.spark.sql.SparkSession;
import org.frontline.extract.Engine;
import org.frontline.extract.Pipeline;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.InputFiles;
import org.frontline.model.Article;
import org.frontline.model.Extraction;
import org.frontline.store.ExtractionTables;
import org.frontline.store.Ingester;
import org.frontline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark job in local[2] against the engine as {@code frontline extract} runs it, on files written here. */
class ExtractJobTest {
    private static final String STORY = """
            The Syrian Democratic Forces captured Manbij from Islamic State on Friday after a siege of two months,
            a spokesman for the alliance said. Hundreds of civilians left the city as the last fighters withdrew toward
            Jarablus, and the coalition said its aircraft had struck positions near the town in support of the assault.
            Officials said mine clearing would take weeks before families could return to the old market and the
            hospital, which were badly damaged in the fighting.
            """;

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path news;
    private static Path gazetteer;
    private static ExtractJob.Summary summary;
    private static Map<String, ExtractionTables.ArticleRows> output;

    @BeforeAll
    static void extract() throws Exception {
        news = Files.createDirectories(tmp.resolve("news"));
        gazetteer = Files.createDirectories(tmp.resolve("no-user-places"));
        Files.writeString(news.resolve("a-manbij.txt"), "URL: https://one.example/manbij\nPublished: 2016-08-13\n\nSDF captures Manbij\n\n" + STORY);
        // a wire copy with a line added: a different text for the store, a copy for the job
        Files.writeString(news.resolve("b-manbij.txt"), "URL: https://two.example/manbij\nPublished: 2016-08-13\n\nSDF captures Manbij\n\n"
                + STORY + "The agency's correspondent in Kobani contributed to this report.\n");
        Files.writeString(news.resolve("raqqa.html"), "<html><head><title>Assault on Raqqa begins</title></head><body><article>"
                + "<p>The Syrian Democratic Forces attacked Islamic State positions in Raqqa on Tuesday, a spokesman said.</p>"
                + "<p>US-backed Syrian Kurdish groups hold the other side of the river.</p></article></body></html>");
        Files.writeString(news.resolve("empty.html"), "");
        Files.writeString(news.resolve("notes.pdf"), "not read: not a supported kind");
        Files.createDirectories(news.resolve(".drafts"));
        Files.writeString(news.resolve(".drafts/draft.txt"), "The army took Palmyra. Hidden: not read.");
        Path crawl = Files.createDirectories(news.resolve("crawl"));
        try (WarcWriter warc = new WarcWriter(FileChannel.open(crawl.resolve("crawl-2017.warc.gz"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            String page = "<html><head><title>Army enters Albu Kamal</title></head><body><article>"
                    + "<p>Syrian government forces entered Albu Kamal on Wednesday, state media said.</p>"
                    + "<p>A war monitor said fighting continued in several districts.</p></article></body></html>";
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
            warc.write(new WarcResponse.Builder("https://desert.example.net/albu-kamal").body(http).build());
        }

        spark = SparkFrontline.session("local[2]", "frontline test");
        summary = new ExtractJob(spark, settings()).run(List.of(news.toString()), tmp.resolve("out").toString(), ExtractJob.Format.JSONL, 3);
        output = tables(tmp.resolve("out"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static EngineHolder.Settings settings() {
        return new EngineHolder.Settings(Pipeline.DEFAULT_MIN_CONFIDENCE, true, gazetteer.toString(), ArticleReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void givesTheEventsAndRelationsOfFrontlineExtract() {
        Map<String, Extraction> single = singleProcess();
        assertThat(single).hasSize(4);
        assertThat(output.keySet()).isEqualTo(single.keySet());
        for (Extraction expected : single.values()) {
            Extraction fromSpark = ExtractionTables.extraction(output.get(expected.article().id()));
            assertThat(fromSpark.article()).isEqualTo(expected.article());
            assertThat(fromSpark.events()).as(expected.article().id()).isEqualTo(expected.events());
            assertThat(fromSpark.relations()).as(expected.article().id()).isEqualTo(expected.relations());
        }
        assertThat(single.values().stream().mapToInt(x -> x.events().size()).sum()).isEqualTo(summary.events()).isGreaterThan(3);
        assertThat(summary.articles()).isEqualTo(4);
    }

    @Test
    void reportsTheUnreadableFileAndSkipsWhatExtractSkips() {
        assertThat(summary.problems()).hasSize(1);
        assertThat(summary.problems().get(0)).endsWith("empty.html: empty file");
        assertThat(output.keySet()).noneMatch(id -> id.contains("draft") || id.contains("notes"));
    }

    @Test
    void marksTheWireCopy() {
        assertThat(output.get("b-manbij").article().wireCopyOf()).isEqualTo("a-manbij");
        assertThat(output.values().stream().filter(r -> r.article().wireCopyOf() != null)).hasSize(1);
        assertThat(summary.wireCopies()).isEqualTo(1);
    }

    @Test
    void parquetConvertedGivesTheSameTables() throws Exception {
        Path parquet = tmp.resolve("parquet");
        new ExtractJob(spark, settings()).run(List.of(news.resolve("a-manbij.txt").toString(), news.resolve("crawl/*.warc.gz").toString()),
                parquet.toString(), ExtractJob.Format.PARQUET, 2);
        assertThat(Files.list(parquet.resolve("events")).map(Path::toString)).anyMatch(f -> f.endsWith(".parquet"));
        ExtractJob.convert(spark, parquet.toString(), tmp.resolve("converted").toString());
        Map<String, ExtractionTables.ArticleRows> converted = tables(tmp.resolve("converted"));
        assertThat(converted).hasSize(2);
        for (ExtractionTables.ArticleRows rows : converted.values()) {
            assertThat(ExtractionTables.extraction(rows)).isEqualTo(ExtractionTables.extraction(output.get(rows.article().id())));
        }
    }

    @Test
    void loadsAsIngestStoresAndTwiceChangesNothing() throws Exception {
        Path loaded = tmp.resolve("loaded.db");
        try (Store store = Store.open(loaded.toString())) {
            ExtractionTables.LoadSummary first = ExtractionTables.load(tmp.resolve("out"), store, outcome -> { });
            assertThat(first.added()).isEqualTo(4);
            ExtractionTables.LoadSummary second = ExtractionTables.load(tmp.resolve("out"), store, outcome -> { });
            assertThat(second.added()).isZero();
            assertThat(second.duplicates()).isEqualTo(4);
        }
        Path ingested = tmp.resolve("ingested.db");
        ArticleReader reader = new ArticleReader();
        try (Store store = Store.open(ingested.toString())) {
            new Ingester(store, engine(), Ingester.engineVersion(), 1).ingest(InputFiles.expand(List.of(news)).files(), f -> {
                try {
                    return reader.readAll(f);
                } catch (Exception e) {
                    return List.of();
                }
            }, outcome -> { });
            store.incidents().update();
        }
        for (String query : List.of(
                "SELECT id, url, source, published, title, text, content_hash, normalized_hash, minhash FROM articles ORDER BY id",
                "SELECT e.article_id, e.ordinal, e.type, e.event_date, e.date_text, e.actor, e.target, e.place_text, e.count,"
                        + " e.confidence, p.sentence_index, p.start_offset, p.end_offset, p.evidence"
                        + " FROM events e JOIN provenance p ON p.id = e.provenance_id ORDER BY e.article_id, e.ordinal",
                "SELECT e.article_id, e.ordinal, x.ordinal, x.name, x.lat, x.lon, x.coord_source FROM event_places x"
                        + " JOIN events e ON e.id = x.event_id ORDER BY 1, 2, 3",
                "SELECT article_id, type, source_actor, target_actor, confidence FROM relations ORDER BY 1, 2, 3, 4",
                "SELECT type, actor, target, sources FROM incidents ORDER BY 1, 2, 3, 4")) {
            assertThat(rows(loaded, query)).as(query).isEqualTo(rows(ingested, query)).isNotEmpty();
        }
    }

    private static Function<Article, Extraction> engine() {
        return Engine.of(new Pipeline(), true, gazetteer, new PrintWriter(new StringWriter()));
    }

    /** What {@code frontline extract} gives: each input file read, each article through the engine. */
    private static Map<String, Extraction> singleProcess() {
        ArticleReader reader = new ArticleReader();
        Function<Article, Extraction> engine = engine();
        Map<String, Extraction> byId = new HashMap<>();
        for (Path file : InputFiles.expand(List.of(news)).files()) {
            try {
                for (Article a : reader.readAll(file)) {
                    byId.put(a.id(), engine.apply(a));
                }
            } catch (Exception e) {
                assertThat(file.getFileName().toString()).isEqualTo("empty.html");
            }
        }
        return byId;
    }

    private static Map<String, ExtractionTables.ArticleRows> tables(Path dir) {
        Map<String, ExtractionTables.ArticleRows> byId = new TreeMap<>();
        ExtractionTables.forEach(dir, rows -> byId.put(rows.article().id(), rows));
        return byId;
    }

    private static List<List<Object>> rows(Path db, String query) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet r = c.createStatement().executeQuery(query)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
