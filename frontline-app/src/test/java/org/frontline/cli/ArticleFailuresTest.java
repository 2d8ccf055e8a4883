package org.frontline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.Extraction;
import org.frontline.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One article failing on an unexpected error (here a failure put into the extraction stage by the test) does not
 * end extract, ingest or reextract: it is one line with its report, the rest is written in order, the exit code 3.
 */
class ArticleFailuresTest {
    /** The articles the injected stage fails on: the text "boom.txt", and page 5 of an archive. */
    private static boolean failing(Article a) {
        return a.id().equals("boom") || a.url() != null && a.url().equals(ExtractCommandTest.reportUrl(5));
    }

    /** The geocoding stage, after which the injected failure strikes. */
    static final class FailingGeocoding extends Geocoding {
        @Override
        Function<Article, Extraction> after(Pipeline pipeline, PrintWriter err) {
            Function<Article, Extraction> real = super.after(pipeline, err);
            return a -> {
                if (failing(a)) {
                    throw new IllegalStateException("injected failure");
                }
                return real.apply(a);
            };
        }
    }

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path news;

    @BeforeEach
    void texts() throws Exception {
        news = Files.createDirectories(tmp.resolve("news"));
        for (String name : List.of("alpha", "boom", "charlie")) {
            Files.writeString(news.resolve(name + ".txt"), "URL: https://example.org/" + name + "\nPublished: 2017-06-07\n\n"
                    + "The Syrian Democratic Forces captured the village of " + name + " from Islamic State on Tuesday, a spokesman said.\n");
        }
    }

    private int run(String... args) {
        CommandLine cli = FrontlineCommand.commandLine(tmp.resolve("reports"), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == Geocoding.class ? type.cast(new FailingGeocoding()) : CommandLine.defaultFactory().create(type);
            }
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private List<String> urlsWritten() throws Exception {
        List<String> urls = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            urls.add(new ObjectMapper().readTree(line).get("article").get("url").asText());
        }
        return urls;
    }

    private List<Path> reports() throws Exception {
        try (Stream<Path> files = Files.list(tmp.resolve("reports"))) {
            return files.toList();
        }
    }

    @Test
    void extractReportsTheFailingArticleAndWritesTheOthersInOrder() throws Exception {
        assertThat(run("extract", news.toString(), "--no-geocode", "--format", "jsonl", "--threads", "2")).isEqualTo(ArticleFailures.EXIT_CODE);
        assertThat(urlsWritten()).containsExactly("https://example.org/alpha", "https://example.org/charlie");
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("frontline extract: " + news.resolve("boom.txt") + ": article boom (https://example.org/boom): unexpected java.lang.IllegalStateException: injected failure at ")
                .contains("full report in " + tmp.resolve("reports")).endsWith("; the run goes on");
        assertThat(lines.get(1)).contains("1 article or file failed on an unexpected error");
        List<Path> reports = reports();
        assertThat(reports).hasSize(1);
        assertThat(Files.readString(reports.get(0))).startsWith("frontline extract ").contains("failed on " + news.resolve("boom.txt") + ": article boom")
                .contains("java.lang.IllegalStateException: injected failure");
    }

    @Test
    void aFailingPageOfAnArchiveLeavesOutThatPageOnly() throws Exception {
        Path archive = ExtractCommandTest.archiveOfReports(tmp.resolve("crawl.warc"), 70);
        assertThat(run("extract", archive.toString(), "--no-geocode", "--format", "jsonl", "--threads", "2")).isEqualTo(ArticleFailures.EXIT_CODE);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            if (i != 5) {
                expected.add(ExtractCommandTest.reportUrl(i));
            }
        }
        assertThat(urlsWritten()).containsExactlyElementsOf(expected);
        assertThat(err.toString().lines().findFirst().orElseThrow()).startsWith("frontline extract: " + archive + ": article crawl-")
                .contains("(" + ExtractCommandTest.reportUrl(5) + "): unexpected java.lang.IllegalStateException: injected failure");
    }

    @Test
    void ingestStoresTheOthersAndARerunStillReportsTheFailingOne() throws Exception {
        String db = tmp.resolve("frontline.db").toString();
        assertThat(run("ingest", news.toString(), "--no-geocode", "--db", db)).isEqualTo(ArticleFailures.EXIT_CODE);
        assertThat(err.toString()).contains("frontline ingest: " + news.resolve("boom.txt") + ": article boom")
                .contains("2 articles added");
        try (Store store = Store.open(db)) {
            assertThat(store.articles().ids()).containsExactly("alpha", "charlie");
        }
    }

    @Test
    void reextractGoesOnPastAFailingArticle() throws Exception {
        String db = tmp.resolve("frontline.db").toString();
        Path good = Files.createDirectories(tmp.resolve("good"));
        Files.copy(news.resolve("alpha.txt"), good.resolve("alpha.txt"));
        Files.copy(news.resolve("alpha.txt"), good.resolve("boom.txt"));
        Files.writeString(good.resolve("boom.txt"), Files.readString(good.resolve("boom.txt")).replace("alpha", "bravo"));
        // stored by the real engine, then re-extracted by the failing one
        assertThat(CommandLineTest.execute(new StringWriter(), new StringWriter(), "ingest", good.toString(), "--no-geocode", "--db", db)).isEqualTo(0);
        assertThat(run("reextract", "--no-geocode", "--db", db)).isEqualTo(ArticleFailures.EXIT_CODE);
        assertThat(err.toString()).contains("frontline reextract: article boom: unexpected java.lang.IllegalStateException: injected failure")
                .contains("1 articles re-extracted");
        try (Store store = Store.open(db)) {
            assertThat(store.articles().ids()).containsExactly("alpha", "boom");
        }
    }
}
