package org.frontline.store;

import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.WebFetcher;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A separate JVM that polls one feed into a store until done or killed: for {@link WatchKillTest}. */
public final class WatchChild {
    private WatchChild() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(args[0]); WebFetcher fetcher = new WebFetcher(FeedWatcherTest.LOOPBACK_ALLOWED)) {
            new FeedWatcher(store, new Ingester(store, Fixtures.PIPELINE, "test", 2), fetcher, new ArticleReader(),
                    Duration.ofMinutes(15), Clock.systemUTC()).poll(List.of(URI.create(args[1])), true);
        }
    }
}
