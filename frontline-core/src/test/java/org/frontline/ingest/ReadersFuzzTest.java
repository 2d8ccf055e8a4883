package org.frontline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzzes each reader of outside input through {@link ArticleReader}, the entry the commands use: any input
 * either gives articles or an {@link IngestException} with a reason; anything else (a runtime exception, a
 * hang, running out of memory) is a finding. {@code JAZZER_FUZZ=1 mvn test -Dtest='ReadersFuzzTest#htmlPage'}
 * fuzzes one harness; without it the kept inputs under {@code ReadersFuzzTestInputs/} run as regression tests.
 */
class ReadersFuzzTest {
    private static final ArticleReader READER = new ArticleReader(64 * 1024);
    private static Path dir;

    @BeforeAll
    static void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("frontline-fuzz");
    }

    @AfterAll
    static void removeDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void htmlPage(byte[] input) throws IOException {
        read("page.html", input);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void textWithHeaders(byte[] input) throws IOException {
        read("story.txt", input);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void feed(byte[] input) throws IOException {
        read("feed.xml", input);
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void warc(byte[] input) throws IOException {
        read("crawl.warc", input);
    }

    /** The input gzipped, so the mutations reach the WARC records behind the decompression. */
    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void warcGz(byte[] input) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(input);
        }
        read("crawl.warc.gz", gz.toByteArray());
    }

    @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
    void publicationDate(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        try {
            PublicationDates.parse(text);
        } catch (IllegalArgumentException expected) {
            // the one-line reason the --published option reports
        }
        PublicationDates.fromMetadata(text);
    }

    private static void read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        try {
            READER.readAll(file);
        } catch (IngestException expected) {
            // a bad file: reported in one line, the run goes on
        }
    }
}
