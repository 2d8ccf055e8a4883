package org.frontline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills a real ingesting JVM with SIGKILL mid-run, then re-runs: nothing committed is lost, nothing doubled. */
class KillTest {
    private static final int ARTICLES = 4000;

    @TempDir
    Path dir;

    @Test
    void aKilledRunLosesNothingAndARerunFinishesTheRest() throws Exception {
        String db = dir.resolve("frontline.db").toString();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), db, String.valueOf(ARTICLES))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(db, "articles") < 50 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM
        child.waitFor();
        long committed = count(db, "articles");
        assertThat(committed).as("killed mid-run").isBetween(50L, ARTICLES - 1L);
        assertThat(query(db, "PRAGMA integrity_check")).isEqualTo("ok");

        try (Store store = Store.open(db)) {
            Ingester.Summary rerun = new Ingester(store, Fixtures.PIPELINE, "test", 2)
                    .ingest(IntStream.range(0, ARTICLES).boxed().toList(), i -> List.of(Fixtures.numbered(i)), outcome -> { });
            assertThat(rerun.duplicates()).isEqualTo(committed);
            assertThat(rerun.added()).isEqualTo(ARTICLES - committed);
        }
        int perArticle = Fixtures.extract(Fixtures.numbered(0)).events().size();
        assertThat(perArticle).isPositive();
        assertThat(count(db, "articles")).isEqualTo(ARTICLES);
        assertThat(count(db, "events")).isEqualTo((long) ARTICLES * perArticle);
        assertThat(query(db, "SELECT COUNT(*) FROM (SELECT article_id FROM events GROUP BY article_id HAVING COUNT(*) <> " + perArticle + ") x"))
                .isEqualTo("0");
    }

    /** Rows of a table in a SQLite file, read by a connection of its own; 0 before the table exists. */
    static long count(String db, String table) throws SQLException {
        String n = query(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = '" + table + "'");
        return "0".equals(n) ? 0 : Long.parseLong(query(db, "SELECT COUNT(*) FROM " + table));
    }

    static String query(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
