package org.frontline.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

/**
 * An open Frontline database: one SQLite file (the default) or a PostgreSQL database, migrated to the
 * current schema on opening. Holds one connection: not thread-safe; one writer per process, which is what
 * SQLite allows anyway.
 */
public final class Store implements AutoCloseable {
    /** How long a write waits for another process's lock before failing with a clear message. */
    static final int BUSY_TIMEOUT_MS = 2000;
    /** SQLite's page cache per connection. */
    private static final int CACHE_KIB = 128 * 1024;
    /** WAL pages (4 KiB) between automatic checkpoints. */
    private static final int CHECKPOINT_PAGES = 16 * 1024;

    private final String location;
    private final Dialect dialect;
    private final Connection connection;

    private Store(String location, Dialect dialect, Connection connection) {
        this.location = location;
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the database at a location: a JDBC URL ({@code jdbc:sqlite:FILE},
     * {@code jdbc:postgresql://host/db?user=..&password=..}) or a file path, which means SQLite.
     *
     * @throws StoreException if the database is locked, corrupt, not Frontline's, or of a newer schema
     */
    public static Store open(String location) {
        String url = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + sqliteFile(Path.of(location));
        return open(url, shown(location));
    }

    /** The location as messages show it: a password in a JDBC URL is masked. */
    static String shown(String location) {
        return location.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static Store open(String url, String location) {
        Dialect dialect = Dialect.of(url);
        try {
            migrate(url, dialect, location);
            Connection connection = dialect == Dialect.SQLITE
                    ? DriverManager.getConnection(url, sqliteProperties())
                    : DriverManager.getConnection(url);
            if (dialect == Dialect.SQLITE) {
                try (Statement pragma = connection.createStatement()) {
                    // a checkpoint (copying the log into the file, with an fsync) every 64 MB of log rather than
                    // every 4 MB: with one small transaction per article, the default checkpoints every few dozen
                    pragma.execute("PRAGMA wal_autocheckpoint = " + CHECKPOINT_PAGES);
                }
            }
            connection.setAutoCommit(false);
            return new Store(location, dialect, connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, location);
        } catch (FlywayException e) {
            SQLException cause = SqlErrors.sqlCause(e);
            if (cause != null) {
                throw SqlErrors.translate(cause, location);
            }
            throw new StoreException(location + ": cannot migrate the schema: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static Path sqliteFile(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return file;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create its directory: " + e.getMessage(), e);
        }
    }

    /**
     * WAL with synchronous=NORMAL: a committed transaction survives the process being killed (not a power
     * cut, which may lose the last commits but never corrupts), at many more commits per second than FULL.
     */
    private static Properties sqliteProperties() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // SQLite's default page cache is 2 MB; at a million events the indexes are far larger, and every
        // insert and query would go back to the file for its index pages
        config.setCacheSize(-CACHE_KIB);
        config.enforceForeignKeys(true);
        return config.toProperties();
    }

    private static void migrate(String url, Dialect dialect, String location) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, null, null)
                .locations(dialect.migrationLocations())
                .placeholders(dialect.placeholders())
                .loggers("slf4j")
                .load();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            // Flyway ignores future migrations by default; writing with an older schema's idea would corrupt data
            throw new StoreException(location + ": the database has schema version " + future[future.length - 1].getVersion()
                    + ", newer than this frontline knows (" + latest(info) + "); upgrade frontline to open it");
        }
        flyway.migrate();
    }

    private static String latest(MigrationInfoService info) {
        return Arrays.stream(info.all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                .reduce((a, b) -> b).map(m -> m.getVersion().toString()).orElse("none");
    }

    public String location() {
        return location;
    }

    public Dialect dialect() {
        return dialect;
    }

    Connection connection() {
        return connection;
    }

    /** Work done in one transaction against the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work in one transaction: all of it is committed, or none (rolled back, then a {@link StoreException}). */
    public <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof SQLException sql) {
                throw SqlErrors.translate(sql, location);
            }
            throw (RuntimeException) e;
        }
    }

    private void rollback(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            if (dialect == Dialect.SQLITE) {
                // SQLite rolls the transaction back by itself on some errors (a full disk); the driver still thinks
                // one is open and would not begin the next: begin it here so that the store stays usable
                try (Statement begin = connection.createStatement()) {
                    begin.execute("BEGIN");
                } catch (SQLException again) {
                    failure.addSuppressed(again);
                }
            } else {
                failure.addSuppressed(rollback);
            }
        }
    }

    public Articles articles() {
        return new Articles(this);
    }

    public EventSearch events() {
        return new EventSearch(this);
    }

    public Places places() {
        return new Places(this);
    }

    public ControlClaims claims() {
        return new ControlClaims(this);
    }

    public Relations relations() {
        return new Relations(this);
    }

    public Incidents incidents() {
        return new Incidents(this);
    }

    public WatchedFeeds watchedFeeds() {
        return new WatchedFeeds(this);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, location);
        }
    }
}
