package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;

/** Row counts, for summaries and checks. */
public final class Tables {
    private static final Set<String> NAMES = Set.of("articles", "events", "event_places", "relations", "provenance",
            "incidents", "incident_sources", "control_claims", "watched_feeds", "watched_items");

    private Tables() {
    }

    /** The number of rows of one of the store's tables. */
    public static long count(Store store, String table) {
        if (!NAMES.contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        return store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
