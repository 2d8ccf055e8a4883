package org.frontline.store;

import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.PublicAddresses;
import org.frontline.ingest.WebFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher against feeds and pages served on 127.0.0.1, storing into a new SQLite file. */
@Timeout(60)
class FeedWatcherTest {
    private static final Duration EVERY = Duration.ofMinutes(15);
    /** The test server is on loopback, allowed here as --allow-private would; other private addresses stay refused. */
    static final WebFetcher.Settings LOOPBACK_ALLOWED = WebFetcher.Settings.defaults("test")
            .withAddressAllowed(a -> a.isLoopbackAddress() || PublicAddresses.isPublic(a))
            .withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)); // generous: the machine may be loaded

    @TempDir
    Path dir;

    private FeedServer server;
    private Store store;
    private WebFetcher fetcher;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        store = Store.open(dir.resolve("frontline.db").toString());
        fetcher = new WebFetcher(LOOPBACK_ALLOWED);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        store.close();
        server.close();
    }

    private FeedWatcher watcher() {
        return new FeedWatcher(store, new Ingester(store, Fixtures.PIPELINE, "test", 2), fetcher, new ArticleReader(), EVERY, clock);
    }

    @Test
    void theSecondPollIngestsOnlyTheNewItemAndTheThirdGetsNotModified() {
        server.page(1);
        server.page(2);
        server.page(3);
        server.feed("/feed.xml", List.of("/news/2.html", "/news/1.html"));
        FeedWatcher watcher = watcher();
        URI feed = server.at("/feed.xml");

        FeedWatcher.FeedReport first = watcher.poll(List.of(feed), true).get(0);
        assertThat(first.status()).isEqualTo(FeedWatcher.Status.POLLED);
        assertThat(first.added()).isEqualTo(2);
        assertThat(store.articles().count()).isEqualTo(2);
        assertThat(Tables.count(store, "events")).isPositive();

        server.feed("/feed.xml", List.of("/news/3.html", "/news/2.html", "/news/1.html"));
        clock.advance(EVERY);
        FeedWatcher.FeedReport second = watcher.poll(List.of(feed), true).get(0);
        assertThat(second).extracting(FeedWatcher.FeedReport::added, FeedWatcher.FeedReport::seen, FeedWatcher.FeedReport::failed)
                .containsExactly(1, 2, 0);

        clock.advance(EVERY);
        FeedWatcher.FeedReport third = watcher.poll(List.of(feed), true).get(0);
        assertThat(third.status()).isEqualTo(FeedWatcher.Status.NOT_MODIFIED);

        assertThat(store.articles().count()).isEqualTo(3);
        assertThat(server.count("/news/1.html")).isEqualTo(1);
        assertThat(server.count("/news/3.html")).isEqualTo(1);
        assertThat(store.articles().get(store.articles().ids().get(0)).orElseThrow().url()).startsWith(server.at("/news/").toString());
        WatchedFeeds.FeedState state = store.watchedFeeds().state(feed.toString());
        assertThat(state.etag()).isNotNull();
        assertThat(state.lastResult()).isEqualTo("not modified");
        assertThat(Tables.count(store, "watched_items")).isEqualTo(3);
    }

    @Test
    void aMalformedFeedIsRetriedWithBackoffAndDoesNotStopTheOthers() {
        server.put("/broken.xml", "application/rss+xml", "<rss><channel><item><title>cut off");
        server.page(1);
        server.feed("/good.xml", List.of("/news/1.html"));
        FeedWatcher watcher = watcher();
        List<URI> feeds = List.of(server.at("/broken.xml"), server.at("/good.xml"));

        List<FeedWatcher.FeedReport> first = watcher.poll(feeds, true);
        assertThat(first.get(0).status()).isEqualTo(FeedWatcher.Status.FAILED);
        assertThat(first.get(0).problem()).startsWith("not a readable RSS or Atom feed");
        assertThat(first.get(0).retryAfter()).isEqualTo(clock.instant().plus(EVERY));
        assertThat(first.get(1).added()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(watcher.poll(feeds, true).get(0).status()).isEqualTo(FeedWatcher.Status.WAITING);
        assertThat(server.count("/broken.xml")).isEqualTo(1);

        clock.advance(EVERY);
        FeedWatcher.FeedReport again = watcher.poll(feeds, true).get(0);
        assertThat(again.status()).isEqualTo(FeedWatcher.Status.FAILED);
        assertThat(again.retryAfter()).as("doubled").isEqualTo(clock.instant().plus(EVERY.multipliedBy(2)));
        assertThat(store.watchedFeeds().state(server.at("/broken.xml").toString()).failures()).isEqualTo(2);

        server.feed("/broken.xml", List.of("/news/1.html"));
        clock.advance(EVERY.multipliedBy(2));
        FeedWatcher.FeedReport fixed = watcher.poll(feeds, true).get(0);
        assertThat(fixed.status()).isEqualTo(FeedWatcher.Status.POLLED);
        assertThat(fixed.duplicates()).as("the same page through another feed").isEqualTo(1);
        assertThat(store.watchedFeeds().state(server.at("/broken.xml").toString()).failures()).isZero();
        assertThat(store.articles().count()).isEqualTo(1);
    }

    @Test
    void anItemLinkingToAPrivateAddressIsRefusedWithoutConnecting() {
        server.page(1);
        server.feed("/feed.xml", List.of("/news/1.html", "http://169.254.169.254/latest/meta-data/", "http://10.255.255.1/internal"));
        fetcher.close();
        // a connection attempt to 10.255.255.1 (nothing answers there) would wait for this connect timeout
        fetcher = new WebFetcher(LOOPBACK_ALLOWED.withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30)));
        long start = System.nanoTime();
        FeedWatcher.FeedReport report = watcher().poll(List.of(server.at("/feed.xml")), true).get(0);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.problem()).startsWith("refused: ").contains("not a public address");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(store.watchedFeeds().done(server.at("/feed.xml").toString(),
                List.of("http://169.254.169.254/latest/meta-data/", "http://10.255.255.1/internal")))
                .as("refused for good: not asked again").hasSize(2);
    }

    @Test
    void aSlowPageIsTriedAgainAtTheNextPoll() {
        server.put("/news/slow.html", "text/html", "<p>late</p>", 10_000);
        server.feed("/feed.xml", List.of("/news/slow.html"));
        fetcher.close();
        fetcher = new WebFetcher(LOOPBACK_ALLOWED.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(30)));
        FeedWatcher watcher = watcher();
        URI feed = server.at("/feed.xml");

        FeedWatcher.FeedReport first = watcher.poll(List.of(feed), true).get(0);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.problem()).startsWith("no answer within 1 s");
        assertThat(store.watchedFeeds().state(feed.toString()).etag()).as("the feed must be fetched in full again").isNull();

        server.put("/news/slow.html", "text/html", "<article><p>The Syrian Democratic Forces captured the village of Tell Abyad"
                + " from Islamic State on Friday, a spokesman said.</p></article>");
        clock.advance(EVERY);
        FeedWatcher.FeedReport second = watcher.poll(List.of(feed), true).get(0);
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.failed()).isZero();
        assertThat(store.articles().count()).isEqualTo(1);
    }

    @Test
    void backoffDoublesUpToADay() {
        FeedWatcher watcher = watcher();
        assertThat(watcher.backoff(1)).isEqualTo(EVERY);
        assertThat(watcher.backoff(3)).isEqualTo(Duration.ofHours(1));
        assertThat(watcher.backoff(40)).isEqualTo(Duration.ofHours(24));
    }

    /** A clock the test moves on. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
