package org.frontline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: the README's sample page (written for the project), through the command line, to the gold format. */
class ExtractCommandTest extends CommandLineTest {
    @TempDir
    Path tmp;

    private Path page() throws Exception {
        return Files.copy(Path.of("..", "samples", "border-villages.html"), tmp.resolve("border-villages.html"));
    }

    @Test
    void pageToGoldRecord() throws Exception {
        Path outDir = tmp.resolve("out");
        assertThat(run("extract", page().toString(), "--format", "gold", "--out", outDir.toString())).isEqualTo(0);
        JsonNode gold = new ObjectMapper().readTree(outDir.resolve("border-villages.json").toFile());
        assertThat(gold.get("published").asText()).isEqualTo("2017-05-31");
        List<String> events = new ArrayList<>();
        for (JsonNode e : gold.get("events")) {
            List<String> places = new ArrayList<>();
            e.get("places").forEach(p -> places.add(p.get("name").asText()));
            events.add(e.get("type").asText() + " " + e.get("actor").asText() + " " + e.get("target").asText() + " " + places
                    + " " + e.get("date").asText());
        }
        // the gazetteer adds the point "west of the town of Baaj" stands for
        assertThat(events).contains("capture PMF IS [Tal Banat, Kharab Tibn, Baaj, west of the town of Baaj] 2017-05-29");
        assertThat(events).anyMatch(e -> e.startsWith("hold IS") && e.contains("Baaj"));
        assertThat(events).anyMatch(e -> e.startsWith("siege PMF IS"));
        assertThat(events).noneMatch(e -> e.startsWith("capture KRG"));
        List<String> relations = new ArrayList<>();
        gold.get("relations").forEach(r -> relations.add(r.get("type").asText() + " " + r.get("source").asText() + " " + r.get("target").asText()));
        assertThat(relations).contains("backs IRN PMF", "backs USA SDF");
        // nothing of the page's furniture became evidence
        assertThat(gold.toString()).doesNotContain("Subscribe", "Related", "Skip to main content", "Photo:");
    }

    @Test
    void badFilesAreReportedAndTheRunGoesOn() throws Exception {
        Path binary = tmp.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        Path empty = tmp.resolve("empty.html");
        Files.writeString(empty, "");
        int code = run("extract", "--format", "json", binary.toString(), empty.toString(), page().toString(), tmp.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(binary + ": binary file").contains(empty + ": empty file").contains("missing.txt");
        assertThat(out.toString()).contains("\"border-villages\"");
    }

    @Test
    void anInvalidPublicationDateIsAUsageError() throws Exception {
        assertThat(run("extract", page().toString(), "--published", "2017-02-30")).isEqualTo(2);
        assertThat(err.toString()).contains("--published").contains("2017-02-30");
    }

    @Test
    void publishedOverridesThePageDate() throws Exception {
        assertThat(run("extract", page().toString(), "--format", "jsonl", "--published", "2017-06-05")).isEqualTo(0);
        JsonNode line = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(line.get("article").get("published").asText()).isEqualTo("2017-06-05");
    }
    /** An archive's pages are extracted in parts on both threads, and written in archive order, then the next file. */
    @Test
    void anArchiveStreamsInArchiveOrderBeforeTheNextFile() throws Exception {
        Path archive = archiveOfReports(tmp.resolve("crawl.warc"), 100);
        assertThat(run("extract", archive.toString(), page().toString(), "--format", "jsonl", "--threads", "2")).isEqualTo(0);
        List<String> urls = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            urls.add(new ObjectMapper().readTree(line).get("article").get("url").asText());
        }
        assertThat(urls).hasSize(101);
        for (int i = 0; i < 100; i++) {
            assertThat(urls.get(i)).isEqualTo(reportUrl(i));
        }
        assertThat(urls.get(100)).doesNotStartWith("https://wire.example.net/");
    }

    /** --max-archive-bytes stops an archive there with one line, the pages read before it written. */
    @Test
    void anArchiveOverItsInflatedLimitIsStoppedThereKeepingItsFirstPages() throws Exception {
        Path archive = archiveOfReports(tmp.resolve("crawl.warc"), 100);
        long perPage = Files.size(archive) / 100;
        assertThat(run("extract", archive.toString(), "--format", "jsonl", "--no-geocode", "--max-archive-bytes", "" + perPage * 20)).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.size()).as("pages within a fifth of the file, counting record bodies only").isBetween(20, 60);
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("article").get("url").asText()).isEqualTo(reportUrl(0));
        assertThat(err.toString().lines().toList()).singleElement().asString().startsWith("frontline: " + archive + ": stopped after ")
                .contains("per archive (--max-archive-bytes); its first " + lines.size() + " HTML pages are kept");
    }

    /** Plain WARC pages written for the test: each reports a village taken. */
    static Path archiveOfReports(Path archive, int pages) throws java.io.IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            for (int i = 0; i < pages; i++) {
                String body = "<html><body><article><h1>Report " + i + "</h1><p>Government forces entered the village number " + i
                        + " on Wednesday after two days of fighting, a spokesman said.</p></article></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder(reportUrl(i)).body(http).build());
            }
        }
        return archive;
    }

    static String reportUrl(int i) {
        return "https://wire.example.net/report-" + i;
    }
}
