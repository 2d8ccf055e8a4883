package org.frontline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults that come from outside one process: another writer, a full disk, someone else's database. */
class StoreFaultsTest {
    private static final Pattern SUMMARY = Pattern.compile("added (\\d+) duplicates (\\d+)");

    @TempDir
    Path dir;

    @Test
    void twoProcessesIngestingIntoOneFileBothFinishWithNothingLostOrDoubled() throws Exception {
        String db = dir.resolve("shared.db").toString();
        int articles = 200;
        // the same articles in both: each is stored by whichever process gets to it first
        Process a = IngestChild.start("", dir.resolve("a.log"), db, String.valueOf(articles));
        Process b = IngestChild.start("", dir.resolve("b.log"), db, String.valueOf(articles));
        try {
            assertThat(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS)).as("both finish").isTrue();
        } finally {
            a.destroyForcibly();
            b.destroyForcibly();
        }
        String logA = Files.readString(dir.resolve("a.log"));
        String logB = Files.readString(dir.resolve("b.log"));
        assertThat(a.exitValue()).as(logA).isZero();
        assertThat(b.exitValue()).as(logB).isZero();
        int[] summaryA = summary(logA);
        int[] summaryB = summary(logB);
        assertThat(summaryA[0] + summaryB[0]).isEqualTo(articles);
        assertThat(summaryA[0] + summaryA[1]).isEqualTo(articles);
        assertThat(summaryB[0] + summaryB[1]).isEqualTo(articles);
        KillTest.assertComplete("jdbc:sqlite:" + db, articles);
    }

    /**
     * A file-size limit on the process stands for a full disk: SQLite's write fails with EFBIG (the signal it
     * would raise is ignored, as a shell does with {@code trap '' XFSZ}); the run stops at the article with one
     * line, and the next run, with room again, finishes.
     */
    @Test
    void aFullDiskFailsTheArticleCleanlyAndTheNextRunFinishes() throws Exception {
        String db = dir.resolve("full.db").toString();
        int articles = 500;
        Store.open(db).close(); // the schema, before the limit
        Process limited = IngestChild.start("trap '' XFSZ; ulimit -f 2048;", dir.resolve("limited.log"), db, String.valueOf(articles));
        assertThat(limited.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("limited.log"));
        assertThat(limited.exitValue()).as(log).isEqualTo(1);
        assertThat(log.strip()).as("one line").doesNotContain("\n")
                .startsWith("frontline: " + db + ": the disk is full; the current article was rolled back, everything before it is kept");
        long kept = KillTest.count("jdbc:sqlite:" + db, "articles");
        assertThat(kept).isBetween(1L, articles - 1L);

        Process rerun = IngestChild.start("", dir.resolve("rerun.log"), db, String.valueOf(articles));
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String rerunLog = Files.readString(dir.resolve("rerun.log"));
        assertThat(rerun.exitValue()).as(rerunLog).isZero();
        assertThat(summary(rerunLog)).containsExactly((int) (articles - kept), (int) kept);
        KillTest.assertComplete("jdbc:sqlite:" + db, articles);
        assertThat(KillTest.query("jdbc:sqlite:" + db, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedInOneLineAndLeftAlone() throws Exception {
        Path file = dir.resolve("photos.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO photos (name) VALUES ('holiday')");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Store.open(file.toString())).isInstanceOf(StoreException.class)
                .hasMessage(file + ": not a Frontline database (it holds other tables and no Frontline schema); pass another --db")
                .hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(KillTest.query("jdbc:sqlite:" + file, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'flyway%'")).isEqualTo("0");
    }

    private static int[] summary(String log) {
        Matcher m = SUMMARY.matcher(log);
        assertThat(m.find()).as(log).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
