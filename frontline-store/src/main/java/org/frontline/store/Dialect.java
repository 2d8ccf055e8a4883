package org.frontline.store;

import java.util.Map;

/** The databases the store runs on, and the little that differs between them. */
public enum Dialect {
    SQLITE("sqlite", Map.of("serial", "INTEGER", "real", "REAL")),
    POSTGRESQL("postgresql", Map.of("serial", "BIGSERIAL", "real", "DOUBLE PRECISION"));

    private final String migrations;
    private final Map<String, String> placeholders;

    Dialect(String migrations, Map<String, String> placeholders) {
        this.migrations = migrations;
        this.placeholders = placeholders;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database URL " + Store.shown(jdbcUrl) + " (expected jdbc:sqlite:FILE or jdbc:postgresql://...)");
    }

    /** Flyway locations: the shared schema, then this database's own migrations (the area index). */
    String[] migrationLocations() {
        return new String[] {"classpath:db/common", "classpath:db/" + migrations};
    }

    /** The types the shared schema names by placeholder. */
    Map<String, String> placeholders() {
        return placeholders;
    }

    /**
     * A condition selecting the places (alias {@code p}) inside a latitude/longitude box, with four
     * parameters: south, north, west, east. SQLite asks its R*Tree; PostgreSQL its (lat, lon) B-tree.
     */
    String placeInBox() {
        return switch (this) {
            case SQLITE -> "p.id IN (SELECT id FROM place_area WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?)";
            case POSTGRESQL -> "p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?";
        };
    }
}
