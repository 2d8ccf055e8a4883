package org.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Reading and binding the values JDBC makes awkward: nullable numbers and ISO dates. */
final class Rows {
    private Rows() {
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
