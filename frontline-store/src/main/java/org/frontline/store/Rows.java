package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Reading and binding the values JDBC makes awkward: nullable numbers, ISO dates and lists of ids. */
final class Rows {
    /** Ids in one {@code IN} list: within every supported database's limit on a statement's parameters (SQLite's was 999). */
    static final int IDS_PER_LIST = 512;
    /** The shortest {@code IN} list {@link #selectIn} prepares. */
    private static final int SHORTEST_LIST = 8;

    private Rows() {
    }

    /** What is done with each row a statement selects. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a select whose {@code IN ({ids})} takes the ids, in lists of at most {@value #IDS_PER_LIST}, and hands each row
     * to the reader; with several lists, the rows come list by list. Each list is padded with nulls (which match no row)
     * to a power of two, so that a few statement texts serve every number of ids and stay {@linkplain Store#prepared prepared}.
     */
    static void selectIn(Store store, String sql, Collection<Long> ids, RowReader reader) throws SQLException {
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_LIST) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IDS_PER_LIST));
            int marks = Math.max(SHORTEST_LIST, Integer.highestOneBit(part.size() - 1) << 1);
            PreparedStatement select = store.prepared(sql.replace("{ids}", String.join(",", Collections.nCopies(marks, "?"))));
            for (int i = 0; i < marks; i++) {
                if (i < part.size()) {
                    select.setLong(i + 1, part.get(i));
                } else {
                    select.setNull(i + 1, Types.BIGINT);
                }
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    static Double doubleOrNull(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    static LocalDate dateOrNull(ResultSet r, int column) throws SQLException {
        String v = r.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        s.setString(index, date == null ? null : date.toString());
    }

    static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    /**
     * Appended to an INSERT to read the new row's id back in the same statement, on SQLite (3.35+) and PostgreSQL alike.
     * JDBC's generated keys cost sqlite-jdbc a second statement (SELECT last_insert_rowid()) prepared after every insert.
     */
    static final String RETURNING_ID = " RETURNING id";

    /** Runs an INSERT ending with {@link #RETURNING_ID} and returns the new row's id. */
    static long insertReturningId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.executeQuery()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no id for the new row");
            }
            return keys.getLong(1);
        }
    }
}
