package org.frontline.store;

import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.WebFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.store.KillTest.count;
import static org.frontline.store.KillTest.query;

/** Kills a real watching JVM with SIGKILL mid-poll, then polls again: every item stored once, none missed. */
class WatchKillTest {
    private static final int ITEMS = 40;

    @TempDir
    Path dir;

    @Test
    void aKilledPollResumesWithoutDuplicatesOrGaps() throws Exception {
        String db = dir.resolve("frontline.db").toString();
        try (FeedServer server = new FeedServer()) {
            IntStream.range(0, ITEMS).forEach(i -> server.page(i, 150)); // slow enough to be killed mid-poll
            server.feed("/feed.xml", IntStream.range(0, ITEMS).mapToObj(i -> "/news/" + i + ".html").toList());
            URI feed = server.at("/feed.xml");

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), WatchChild.class.getName(), db, feed.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (count("jdbc:sqlite:" + db, "watched_items") == 0 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20); // until the first items are marked done, and the next ones are being ingested
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM
            child.waitFor();
            long stored = count("jdbc:sqlite:" + db, "articles");
            long marked = count("jdbc:sqlite:" + db, "watched_items");
            assertThat(marked).as("killed mid-poll").isBetween(1L, ITEMS - 1L);
            assertThat(stored).isGreaterThanOrEqualTo(marked);

            try (Store store = Store.open(db); WebFetcher fetcher = new WebFetcher(FeedWatcherTest.LOOPBACK_ALLOWED)) {
                FeedWatcher.FeedReport rerun = new FeedWatcher(store, new Ingester(store, Fixtures.PIPELINE, "test", 2), fetcher,
                        new ArticleReader(), Duration.ofMinutes(15), Clock.systemUTC()).poll(List.of(feed), true).get(0);
                assertThat(rerun.seen()).isEqualTo(marked);
                assertThat(rerun.added()).isEqualTo(ITEMS - stored);
                assertThat(rerun.duplicates()).as("committed but not yet marked when killed").isEqualTo(stored - marked);
                assertThat(rerun.failed()).isZero();
            }
            assertThat(count("jdbc:sqlite:" + db, "articles")).isEqualTo(ITEMS);
            assertThat(query("jdbc:sqlite:" + db, "SELECT COUNT(DISTINCT url) FROM articles")).isEqualTo(String.valueOf(ITEMS));
            assertThat(query("jdbc:sqlite:" + db, "SELECT COUNT(*) FROM watched_items WHERE outcome = 'ingested'")).isEqualTo(String.valueOf(ITEMS));
            assertThat(IntStream.range(0, ITEMS).mapToLong(i -> server.count("/news/" + i + ".html")).max().orElseThrow())
                    .as("no page fetched more than twice").isLessThanOrEqualTo(2);
        }
    }
}
