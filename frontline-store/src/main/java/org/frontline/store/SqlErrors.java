package org.frontline.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** Turns driver exceptions into one-line messages that say what happened to the database and what to do. */
final class SqlErrors {
    private SqlErrors() {
    }

    static StoreException translate(SQLException e, String location) {
        String message = e instanceof SQLiteException s ? sqlite(s.getResultCode(), location) : null;
        if (message == null) {
            String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            message = location + ": database error: " + first;
        }
        return new StoreException(message, e);
    }

    private static String sqlite(SQLiteErrorCode code, String location) {
        return switch (code) {
            case SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_LOCKED, SQLITE_LOCKED_SHAREDCACHE ->
                    location + ": the database is locked by another process; nothing was written, try again when it is done";
            case SQLITE_NOTADB, SQLITE_CORRUPT, SQLITE_CORRUPT_VTAB ->
                    location + ": not a Frontline database or corrupt; nothing was written (move it away or pass another --db)";
            case SQLITE_FULL, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC ->
                    location + ": the disk is full; the current article was rolled back, everything before it is kept";
            case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM ->
                    location + ": cannot open the database for writing (permissions or a missing directory)";
            default -> null;
        };
    }

    /** Whether SQLite refused a transaction because another connection was writing: worth trying again. */
    static boolean isBusy(SQLException e) {
        return e instanceof SQLiteException s && switch (s.getResultCode()) {
            case SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_LOCKED, SQLITE_LOCKED_SHAREDCACHE -> true;
            default -> false;
        };
    }

    /** Whether a failure is an insert that broke a unique key: PostgreSQL's SQLSTATE 23505, SQLite's constraint codes. */
    static boolean isUniqueViolation(Throwable e) {
        if (e instanceof SQLiteException s) {
            return s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                    || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
        }
        return e instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }

    /** The SQL exception under a wrapper (Flyway wraps them), or null. */
    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
