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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * An open Frontline database: one SQLite file (the default) or a PostgreSQL database, migrated to the
 * current schema on opening. Holds one connection: not thread-safe; one writer per process, which is what
 * SQLite allows anyway.
 */
public final class Store implements AutoCloseable {
    /** How long a write waits for another process's lock before failing with a clear message. */
    static final int BUSY_TIMEOUT_MS = 2000;
    /** How long a transaction is retried while other processes keep the database busy. */
    static final long BUSY_RETRY_MS = 30_000;
    /** Tries of a transaction that waited the whole busy timeout for a lock: another process holds it for long. */
    private static final int BUSY_WAITS = 3;
    /** SQLite's page cache per connection: queries over a large store walk the same index pages again and again. */
    private static final int CACHE_KIB = 128 * 1024;
    /**
     * SQLite's page cache while ingesting, which writes at the ends of the tables and indexes and reads little. The
     * cache is native memory outside the Java heap, filled as the database grows: at 128 MB it was most of what
     * ingest's resident memory grew by (a 132 MB database: 283 MB peak against 148 MB with a 16 MB cache, at no
     * more CPU per article). Queries keep the larger cache: over 1,000,000 events (`bench query`) 32 MB made the median
     * 73-80 ms against 43-59 ms.
     */
    private static final int WRITING_CACHE_KIB = 32 * 1024;
    /** WAL pages (4 KiB) between automatic checkpoints. */
    private static final int CHECKPOINT_PAGES = 16 * 1024;
    /** Statements {@link #prepared} keeps: the reads of a page of events and of what they join, with room to spare. */
    private static final int STATEMENTS_KEPT = 32;

    /**
     * The version of the newest migration in db/: a store whose history ends there, every migration successful, opens
     * without Flyway (whose classpath scan and validation are most of the time of a short command). Raise it with
     * every new migration; {@code SqliteStoreTest} fails until it matches.
     */
    static final String SCHEMA_VERSION = "3";

    private final String location;
    private final Dialect dialect;
    private final Connection connection;
    /** {@link #prepared}'s statements by their SQL, least recently used first. */
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

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
        long deadline = System.nanoTime() + BUSY_RETRY_MS * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try {
                return connect(url, location);
            } catch (StoreException e) {
                // another process is creating or migrating the same file: wait for it, then find the schema made
                if (!(e.getCause() instanceof SQLException sql && SqlErrors.isBusy(sql)) || System.nanoTime() > deadline) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static Store connect(String url, String location) {
        Dialect dialect = Dialect.of(url);
        if (dialect == Dialect.SQLITE) {
            SqliteNativeLibrary.useUnpacked();
        }
        try {
            migrate(url, dialect, location);
            Connection connection = dialect == Dialect.SQLITE
                    ? DriverManager.getConnection(url, sqliteProperties())
                    : DriverManager.getConnection(url);
            if (dialect == Dialect.SQLITE) {
                try (Statement pragma = connection.createStatement()) {
                    // a checkpoint (copying the log into the file, with an fsync) every 64 MB of log rather than
                    // every 4 MB: with small transactions (an article each for add and load), the default checkpoints every few dozen
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
        // ids are read back with RETURNING (Rows.RETURNING_ID); with generated keys on, the driver ran a pattern over
        // every INSERT's text and prepared a SELECT last_insert_rowid() after each one
        config.setGetGeneratedKeys(false);
        return config.toProperties();
    }

    private static void migrate(String url, Dialect dialect, String location) throws SQLException {
        if (schemaIsCurrent(url, dialect)) {
            return;
        }
        if (dialect == Dialect.SQLITE) {
            refuseForeign(url, location);
        }
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

    /**
     * Whether Flyway's history says every migration up to {@link #SCHEMA_VERSION} succeeded and none came after. Any
     * doubt (no history: a new database or not Frontline's; a failed or newer migration; an error) leaves the
     * answer to Flyway.
     */
    private static boolean schemaIsCurrent(String url, Dialect dialect) {
        // a plain connection: the store's settings (WAL) would change the header of a file that may not be Frontline's
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                try (var tables = statement.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                    if (!tables.next()) {
                        return false;
                    }
                }
            } else if (!connection.getMetaData().getTables(null, null, "flyway_schema_history", null).next()) {
                return false;
            }
            String last = null;
            try (var history = statement.executeQuery("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
                while (history.next()) {
                    if (!history.getBoolean(2)) {
                        return false;
                    }
                    if (history.getString(1) != null) {
                        last = history.getString(1);
                    }
                }
            }
            return SCHEMA_VERSION.equals(last);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Another application's SQLite file: tables, but not Frontline's history of them. Flyway would add its own. */
    private static void refuseForeign(String url, String location) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT COUNT(*), SUM(name = 'flyway_schema_history') FROM sqlite_master WHERE type = 'table'")) {
            tables.next();
            if (tables.getInt(1) > 0 && tables.getInt(2) == 0) {
                throw new StoreException(location + ": not a Frontline database (it holds other tables and no Frontline schema); pass another --db");
            }
        }
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

    /**
     * A statement prepared on the connection once and kept for the next calls with the same SQL: the caller binds every
     * parameter and closes each result set, never the statement. Preparing costs more than running a short read (the
     * four statements of a page of 100 events: about 1 ms of CPU to prepare, 0.4 ms to run), and the server's reads
     * are the same few statements over and over. The least recently used one is closed past {@value #STATEMENTS_KEPT}.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement kept = statements.get(sql);
        if (kept != null) {
            return kept;
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        statements.put(sql, statement);
        if (statements.size() > STATEMENTS_KEPT) {
            var eldest = statements.entrySet().iterator();
            eldest.next().getValue().close();
            eldest.remove();
        }
        return statement;
    }

    /**
     * Gives SQLite the smaller page cache of a long run of writes ({@value #WRITING_CACHE_KIB} KiB), for the commands
     * that do little else (ingest, reextract, watch); a server, which writes an article now and then between its
     * queries, keeps the larger one. PostgreSQL has no cache of its own here.
     */
    public void useWritingCache() {
        if (dialect != Dialect.SQLITE) {
            return;
        }
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA cache_size = -" + WRITING_CACHE_KIB);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, location);
        }
    }

    /** Work done in one transaction against the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs work in one transaction: all of it is committed, or none (rolled back, then a {@link StoreException}).
     * On SQLite, a transaction that another process's write got in the way of (busy, or its snapshot outdated,
     * which the busy timeout does not wait out) is rolled back and run again, for up to {@value #BUSY_RETRY_MS} ms
     * (a lock held past the busy timeout {@value #BUSY_WAITS} times fails sooner), so that two processes ingesting
     * into one file both finish.
     */
    public <T> T inTransaction(Work<T> work) {
        long deadline = System.nanoTime() + BUSY_RETRY_MS * 1_000_000L;
        int waits = 0;
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                if (e instanceof SQLException sql) {
                    // a try that lasted the busy timeout waited for a lock in vain (a busy snapshot fails at once)
                    if (System.nanoTime() - started >= BUSY_TIMEOUT_MS * 1_000_000L) {
                        waits++;
                    }
                    if (SqlErrors.isBusy(sql) && System.nanoTime() < deadline && waits < BUSY_WAITS) {
                        pause(attempt);
                        continue;
                    }
                    throw SqlErrors.translate(sql, location);
                }
                throw (RuntimeException) e;
            }
        }
    }

    /** A short random wait, longer with each attempt, so that two retrying processes do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L * Math.min(attempt, 20)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database; nothing of this transaction was written", e);
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

    /**
     * What the stored events and control claims are at, in a few numbers that change whenever one is added,
     * replaced or removed: a key for caches of what is computed from them (a day's territory).
     */
    public String revision() {
        return inTransaction(c -> {
            try (Statement select = c.createStatement(); ResultSet r = select.executeQuery("SELECT (SELECT count(*) FROM events),"
                    + " (SELECT coalesce(max(id), 0) FROM events), (SELECT count(*) FROM control_claims),"
                    + " (SELECT coalesce(max(id), 0) FROM control_claims)")) {
                r.next();
                return r.getLong(1) + ":" + r.getLong(2) + ":" + r.getLong(3) + ":" + r.getLong(4);
            }
        });
    }

    /**
     * A mark that differs after every write committed to the database, by this process or another, read in a few
     * microseconds (where {@link #revision()} counts rows): a key for caches of answers, which any write may change. On
     * SQLite, the file's {@code data_version} (which other connections' commits change) with this connection's
     * {@code total_changes()} (its own writes, which data_version leaves alone); a rolled-back write changes it too,
     * which only costs a cache a miss. It starts again on every opening, so it is no key to keep beyond this process.
     * Empty on PostgreSQL, which has no such mark this cheap.
     */
    public Optional<String> version() {
        if (dialect != Dialect.SQLITE) {
            return Optional.empty();
        }
        return Optional.of(inTransaction(c -> {
            try (ResultSet r = prepared("SELECT data_version, total_changes() FROM pragma_data_version").executeQuery()) {
                r.next();
                return r.getLong(1) + ":" + r.getLong(2);
            }
        }));
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
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, location);
        }
    }
}
