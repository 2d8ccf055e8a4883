package org.frontline.store;

import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.FeedItem;
import org.frontline.ingest.FetchException;
import org.frontline.ingest.IngestException;
import org.frontline.ingest.Outlets;
import org.frontline.ingest.WebFetcher;
import org.frontline.model.Article;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls RSS and Atom feeds and ingests the page of each item not seen before, as {@code ingest} does (a
 * transaction per batch of articles, the same article twice changing nothing). What it has seen is kept in the store
 * ({@link WatchedFeeds}): items are marked done after their articles are committed, and a feed's validators (for
 * the next conditional GET) are saved only once all its items are done, so a run killed at any point resumes
 * with no gap, and the store's idempotence turns what it fetches twice into duplicates. A feed that fails is
 * retried after a delay that doubles with each consecutive failure; the other feeds go on.
 */
public final class FeedWatcher {
    /** Items ingested before they are marked done: what a kill can make the next run fetch again. */
    private static final int CHUNK = 16;
    private static final Duration MAX_BACKOFF = Duration.ofHours(24);
    private static final String INGESTED = "ingested";
    /** An item whose page cannot be had (refused, gone, no article text) and that carries no text of its own. */
    private static final String GIVEN_UP = "failed";

    public enum Status { POLLED, NOT_MODIFIED, FAILED, WAITING }

    /**
     * What one poll did with one feed.
     *
     * @param added      articles stored
     * @param duplicates items whose article was already stored
     * @param seen       items done at an earlier poll
     * @param failed     items whose page could not be had (tried again at the next poll, given up after a few)
     * @param problem    why the feed failed, or the first item's failure; null if none
     * @param retryAfter for a failed or waiting feed, when it is polled again
     */
    public record FeedReport(String feed, Status status, int added, int duplicates, int seen, int failed, String problem,
                             Instant retryAfter) {
    }

    private final Store store;
    private final WatchedFeeds state;
    private final Ingester ingester;
    private final WebFetcher fetcher;
    private final ArticleReader reader;
    private final Duration every;
    private final Clock clock;
    private volatile boolean stopping;

    /**
     * @param every the time between polls, from which the backoff of a failing feed grows
     */
    public FeedWatcher(Store store, Ingester ingester, WebFetcher fetcher, ArticleReader reader, Duration every, Clock clock) {
        this.store = store;
        this.state = store.watchedFeeds();
        this.ingester = ingester;
        this.fetcher = fetcher;
        this.reader = reader;
        this.every = every;
        this.clock = clock;
    }

    /**
     * Polls each feed once, in order; incidents are relinked at the end when articles were added.
     *
     * @param honourBackoff leave a failing feed alone until its retry time (a running watch); false polls every
     *                      feed now (a one-off run, whose caller chose when to run)
     */
    public List<FeedReport> poll(List<URI> feeds, boolean honourBackoff) {
        List<FeedReport> reports = new ArrayList<>();
        for (URI feed : feeds) {
            if (stopping) {
                break;
            }
            reports.add(poll(feed, honourBackoff));
        }
        if (reports.stream().anyMatch(r -> r.added() > 0)) {
            store.incidents().update();
        }
        return reports;
    }

    /**
     * Ends the current poll soon: requests in flight are aborted, and nothing they fail with is recorded as a
     * failure; articles already committed stay, and so do the marks of their items. Thread-safe.
     */
    public void stop() {
        stopping = true;
        fetcher.close();
    }

    private FeedReport poll(URI feed, boolean honourBackoff) {
        String url = feed.toString();
        WatchedFeeds.FeedState known = state.state(url);
        Instant now = clock.instant();
        if (honourBackoff && known.retryAfter() != null && now.isBefore(known.retryAfter())) {
            return new FeedReport(url, Status.WAITING, 0, 0, 0, 0, known.lastResult(), known.retryAfter());
        }
        try {
            WebFetcher.Response response = fetcher.get(feed, new WebFetcher.Validators(known.etag(), known.lastModified()));
            if (response.notModified()) {
                state.polled(url, known.etag(), known.lastModified(), now, "not modified");
                return new FeedReport(url, Status.NOT_MODIFIED, 0, 0, 0, 0, null, null);
            }
            List<FeedItem> items = reader.readFeed(Outlets.fromUrl(url).orElse("feed"), response.body());
            Ingested ingested = ingestNew(url, items);
            if (!stopping) {
                // only now, and only when no item waits for another try: otherwise the next conditional GET would
                // answer "not modified" and the items left would never be fetched
                WebFetcher.Validators next = ingested.pending() ? WebFetcher.Validators.NONE : response.validators();
                state.polled(url, next.etag(), next.lastModified(), now, summary(ingested.report()));
            }
            return ingested.report();
        } catch (FetchException | IngestException e) {
            if (stopping) {
                return new FeedReport(url, Status.FAILED, 0, 0, 0, 0, "stopped", null);
            }
            Instant retry = now.plus(backoff(known.failures() + 1));
            state.pollFailed(url, now, retry, e.getMessage());
            return new FeedReport(url, Status.FAILED, 0, 0, 0, 0, e.getMessage(), retry);
        }
    }

    /** The delay before polling a feed that failed so many times in a row: the poll interval, doubled each time. */
    Duration backoff(int failures) {
        Duration delay = every;
        for (int i = 1; i < failures && delay.compareTo(MAX_BACKOFF) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_BACKOFF) < 0 ? delay : MAX_BACKOFF;
    }

    /** A poll's report, and whether some items are to be tried again at the next poll. */
    private record Ingested(FeedReport report, boolean pending) {
    }

    private Ingested ingestNew(String url, List<FeedItem> items) {
        Set<String> done = state.done(url, items.stream().map(FeedItem::key).toList());
        // feeds list the newest first: ingest in the order things happened
        List<FeedItem> fresh = new ArrayList<>(items.stream().filter(i -> !done.contains(i.key())).toList());
        Collections.reverse(fresh);
        int added = 0;
        int duplicates = 0;
        int failed = 0;
        String problem = null;
        boolean pending = false;
        for (int from = 0; from < fresh.size() && !stopping; from += CHUNK) {
            List<FeedItem> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
            Map<String, Object> results = new ConcurrentHashMap<>(); // item key to Done or Failure
            Ingester.Summary summary = ingester.ingest(chunk, item -> articleOf(item, results), outcome -> { });
            added += summary.added();
            duplicates += summary.duplicates();
            List<WatchedFeeds.Done> finished = new ArrayList<>();
            List<WatchedFeeds.Failure> failures = new ArrayList<>();
            for (FeedItem item : chunk) {
                Object result = results.get(item.key());
                if (result instanceof WatchedFeeds.Done d) {
                    finished.add(d);
                } else if (result instanceof WatchedFeeds.Failure f) {
                    failures.add(f);
                }
                // no result: the watcher was stopping, and the item is left for the next run
            }
            Instant at = clock.instant();
            state.done(url, finished, at);
            if (!stopping) {
                pending |= failures.size() > state.failed(url, failures, at);
            }
            List<String> reasons = new ArrayList<>(failures.stream().map(WatchedFeeds.Failure::reason).toList());
            finished.stream().filter(d -> d.outcome().equals(GIVEN_UP)).forEach(d -> reasons.add(d.detail()));
            failed += reasons.size();
            if (problem == null && !reasons.isEmpty()) {
                problem = reasons.get(0);
            }
        }
        return new Ingested(new FeedReport(url, Status.POLLED, added, duplicates, done.size(), failed, problem, null), pending || stopping);
    }

    /**
     * The article of an item: its page, else (the page gone, refused or without article text) the item's own text.
     * Records the outcome under the item's key; called on the ingester's worker threads.
     */
    private List<Article> articleOf(FeedItem item, Map<String, Object> results) {
        if (stopping) {
            return List.of();
        }
        if (item.link() == null) {
            return own(item, results, "no link and no text");
        }
        try {
            WebFetcher.Response page = fetcher.get(URI.create(item.link()), WebFetcher.Validators.NONE);
            Article article = reader.readPage(page.address().toString(), page.body(), page.charset());
            if (article.published() == null && item.published() != null) {
                article = article.withPublished(item.published());
            }
            results.put(item.key(), new WatchedFeeds.Done(item.key(), item.link(), INGESTED, article.id()));
            return List.of(article);
        } catch (FetchException e) {
            if (stopping) {
                return List.of();
            }
            if (!e.permanent()) {
                results.put(item.key(), new WatchedFeeds.Failure(item.key(), item.link(), e.getMessage()));
                return List.of();
            }
            return own(item, results, e.getMessage());
        } catch (IngestException e) {
            return own(item, results, item.link() + ": " + e.getMessage());
        }
    }

    /** The item's own text as its article, or the item done without one. */
    private static List<Article> own(FeedItem item, Map<String, Object> results, String reason) {
        if (item.article() != null) {
            results.put(item.key(), new WatchedFeeds.Done(item.key(), item.link(), INGESTED, item.article().id()));
            return List.of(item.article());
        }
        results.put(item.key(), new WatchedFeeds.Done(item.key(), item.link(), GIVEN_UP, reason));
        return List.of();
    }

    private static String summary(FeedReport r) {
        return r.added() + " new, " + r.duplicates() + " already stored, " + r.seen() + " seen before, " + r.failed() + " failed";
    }
}
