package org.frontline.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
    /** Fewer into PostgreSQL, whose commits wait for the disk: the kill still lands mid-run. */
    private static final int POSTGRES_ARTICLES = 600;

    @TempDir
    Path dir;

    @Test
    void aKilledRunLosesNothingAndARerunFinishesTheRest() throws Exception {
        String db = dir.resolve("frontline.db").toString();
        killMidRunThenRerun(db, "jdbc:sqlite:" + db, ARTICLES);
        assertThat(query("jdbc:sqlite:" + db, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void aKilledRunIntoPostgresLosesNothingAndARerunFinishesTheRest() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            killMidRunThenRerun(url, url, POSTGRES_ARTICLES);
        }
    }

    private void killMidRunThenRerun(String db, String jdbc, int articles) throws Exception {
        Process child = IngestChild.start("", dir.resolve("child.log"), db, String.valueOf(articles));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(jdbc, "articles") < 50 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM (the bash in front exec'd the JVM)
        child.destroyForcibly();
        child.waitFor();
        long committed = count(jdbc, "articles");
        assertThat(committed).as("killed mid-run").isBetween(50L, articles - 1L);

        try (Store store = Store.open(db)) {
            Ingester.Summary rerun = new Ingester(store, Fixtures.PIPELINE, "test", 2)
                    .ingest(IntStream.range(0, articles).boxed().toList(), i -> List.of(Fixtures.numbered(i)), outcome -> { });
            assertThat(rerun.duplicates()).isEqualTo(committed);
            assertThat(rerun.added()).isEqualTo(articles - committed);
        }
        assertComplete(jdbc, articles);
    }

    /** Every article stored once, each with all its events. */
    static void assertComplete(String jdbc, int articles) throws SQLException {
        int perArticle = Fixtures.extract(Fixtures.numbered(0)).events().size();
        assertThat(perArticle).isPositive();
        assertThat(count(jdbc, "articles")).isEqualTo(articles);
        assertThat(count(jdbc, "events")).isEqualTo((long) articles * perArticle);
        assertThat(query(jdbc, "SELECT COUNT(*) FROM (SELECT article_id FROM events GROUP BY article_id HAVING COUNT(*) <> " + perArticle + ") x"))
                .isEqualTo("0");
    }

    /** Rows in a table, 0 before the schema is made. */
    static long count(String jdbc, String table) throws SQLException {
        try {
            return Long.parseLong(query(jdbc, "SELECT COUNT(*) FROM " + table));
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table") || "42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    static String query(String jdbc, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
