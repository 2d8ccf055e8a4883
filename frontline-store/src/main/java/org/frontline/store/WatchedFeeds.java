package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What the feed watcher has seen: per feed its validators, last poll and failures; per item whether it is done.
 * An item is marked done after its article is committed, in a transaction of its own: a kill between the two
 * leaves the item to be fetched again, and the store's idempotence (same URL or same text changes nothing) makes
 * that second ingest a duplicate, so nothing is doubled and nothing is skipped.
 */
public final class WatchedFeeds {
    /** Polls at which an item's page failed before it is given up. */
    public static final int MAX_ITEM_ATTEMPTS = 3;

    private final Store store;

    WatchedFeeds(Store store) {
        this.store = store;
    }

    /**
     * A feed's state; a feed never polled has no validators and no failures.
     *
     * @param retryAfter no poll before this instant, null when the last poll succeeded
     */
    public record FeedState(String url, String etag, String lastModified, Instant lastPoll, String lastResult,
                            int failures, Instant retryAfter) {
    }

    /** An item to mark done: its outcome and the article id or reason. */
    public record Done(String key, String link, String outcome, String detail) {
    }

    /** An item whose page could not be had at this poll, and why. */
    public record Failure(String key, String link, String reason) {
    }

    public FeedState state(String url) {
        return store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT etag, last_modified, last_poll, last_result, failures,"
                    + " retry_after FROM watched_feeds WHERE url = ?")) {
                select.setString(1, url);
                try (ResultSet r = select.executeQuery()) {
                    if (!r.next()) {
                        return new FeedState(url, null, null, null, null, 0, null);
                    }
                    return new FeedState(url, r.getString(1), r.getString(2), instant(r.getString(3)), r.getString(4), r.getInt(5),
                            instant(r.getString(6)));
                }
            }
        });
    }

    /** Records a successful poll, with the validators of the feed now fully processed; failures are forgotten. */
    public void polled(String url, String etag, String lastModified, Instant at, String result) {
        store.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO watched_feeds (url, etag, last_modified, last_poll,"
                    + " last_result, failures, retry_after) VALUES (?, ?, ?, ?, ?, 0, NULL) ON CONFLICT (url) DO UPDATE SET"
                    + " etag = excluded.etag, last_modified = excluded.last_modified, last_poll = excluded.last_poll,"
                    + " last_result = excluded.last_result, failures = 0, retry_after = NULL")) {
                upsert.setString(1, url);
                upsert.setString(2, etag);
                upsert.setString(3, lastModified);
                upsert.setString(4, at.toString());
                upsert.setString(5, result);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Records a failed poll: one more consecutive failure, and no poll before {@code retryAfter}; validators stay. */
    public void pollFailed(String url, Instant at, Instant retryAfter, String reason) {
        store.inTransaction(c -> {
            ensureFeed(c, url);
            try (PreparedStatement update = c.prepareStatement("UPDATE watched_feeds SET last_poll = ?, last_result = ?,"
                    + " failures = failures + 1, retry_after = ? WHERE url = ?")) {
                update.setString(1, at.toString());
                update.setString(2, "failed: " + reason);
                update.setString(3, retryAfter.toString());
                update.setString(4, url);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Of the given item keys of a feed, those done (ingested or given up). */
    public Set<String> done(String url, Collection<String> keys) {
        return store.inTransaction(c -> {
            Set<String> done = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM watched_items WHERE feed_url = ? AND item_key = ?"
                    + " AND outcome IS NOT NULL")) {
                for (String key : keys) {
                    select.setString(1, url);
                    select.setString(2, key);
                    try (ResultSet r = select.executeQuery()) {
                        if (r.next()) {
                            done.add(key);
                        }
                    }
                }
            }
            return done;
        });
    }

    /** Marks items done, in one transaction: call it after their articles are committed. */
    public void done(String url, Collection<Done> items, Instant at) {
        if (items.isEmpty()) {
            return;
        }
        store.inTransaction(c -> {
            ensureFeed(c, url);
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO watched_items (feed_url, item_key, link, first_seen,"
                    + " outcome, detail) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url, item_key) DO UPDATE SET"
                    + " link = excluded.link, outcome = excluded.outcome, detail = excluded.detail")) {
                for (Done item : items) {
                    upsert.setString(1, url);
                    upsert.setString(2, item.key());
                    upsert.setString(3, item.link());
                    upsert.setString(4, at.toString());
                    upsert.setString(5, item.outcome());
                    upsert.setString(6, item.detail());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Records the failures of items whose pages could not be had at this poll; an item failing for the {@value #MAX_ITEM_ATTEMPTS}th time is given up (done, outcome 'failed').
     *
     * @return the number of items given up
     */
    public int failed(String url, Collection<Failure> failures, Instant at) {
        if (failures.isEmpty()) {
            return 0;
        }
        return store.inTransaction(c -> {
            ensureFeed(c, url);
            int givenUp = 0;
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO watched_items (feed_url, item_key, link, first_seen,"
                    + " attempts, detail) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (feed_url, item_key) DO UPDATE SET"
                    + " attempts = watched_items.attempts + 1, detail = excluded.detail");
                 PreparedStatement giveUp = c.prepareStatement("UPDATE watched_items SET outcome = 'failed'"
                         + " WHERE feed_url = ? AND item_key = ? AND attempts >= " + MAX_ITEM_ATTEMPTS)) {
                for (Failure failure : failures) {
                    upsert.setString(1, url);
                    upsert.setString(2, failure.key());
                    upsert.setString(3, failure.link());
                    upsert.setString(4, at.toString());
                    upsert.setString(5, failure.reason());
                    upsert.executeUpdate();
                    giveUp.setString(1, url);
                    giveUp.setString(2, failure.key());
                    givenUp += giveUp.executeUpdate();
                }
            }
            return givenUp;
        });
    }

    private static void ensureFeed(Connection c, String url) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO watched_feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING")) {
            insert.setString(1, url);
            insert.executeUpdate();
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
