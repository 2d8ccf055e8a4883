package org.frontline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A locked, corrupt, newer or full database: one clear line, and nothing half-written. */
class BadStatesTest {
    @TempDir
    Path dir;

    @Test
    void aLockedDatabaseFailsClearlyAndWritesNothing() throws Exception {
        String db = dir.resolve("locked.db").toString();
        try (Store store = Store.open(db); Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> store.articles().add(Fixtures.extract(Fixtures.numbered(1)), "test"))
                    .isInstanceOf(StoreException.class).hasMessage(db + ": the database is locked by another process;"
                            + " nothing was written, try again when it is done");
            lock.execute("ROLLBACK");
            assertThat(store.articles().count()).isZero();
            assertThat(Tables.count(store, "events")).isZero();
        }
    }

    @Test
    void aCorruptFileIsNotTouched() throws Exception {
        Path file = dir.resolve("corrupt.db");
        byte[] junk = "this is not a database, just some text that happens to be here\n".repeat(100).getBytes();
        Files.write(file, junk);
        assertThatThrownBy(() -> Store.open(file.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Frontline database or corrupt").hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        String db = dir.resolve("newer.db").toString();
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
        }
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class)
                .hasMessage(db + ": the database has schema version 99, newer than this frontline knows (3); upgrade frontline to open it");
    }

    /** A full disk simulated by SQLite's page limit, which fails writes with the same error (SQLITE_FULL). */
    @Test
    void aFullDiskRollsTheArticleBack() throws Exception {
        String db = dir.resolve("full.db").toString();
        try (Store store = Store.open(db)) {
            store.articles().add(Fixtures.extract(Fixtures.numbered(1)), "test");
            long events = Tables.count(store, "events");
            try (Statement s = store.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = " + (pageCount(store) + 2));
            }
            store.connection().commit();
            String big = "The Syrian Democratic Forces captured Tabqa from Islamic State on Friday. ".repeat(500);
            assertThatThrownBy(() -> store.articles().add(Fixtures.extract(Fixtures.article("big", null, big)), "test"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("the disk is full; the current article was rolled back");
            assertThat(store.articles().count()).isEqualTo(1);
            assertThat(Tables.count(store, "events")).isEqualTo(events);
            assertThat(Tables.count(store, "provenance")).isEqualTo(events);

            try (Statement s = store.connection().createStatement()) {
                s.execute("PRAGMA max_page_count = 1073741823"); // space again: the same store goes on
            }
            assertThat(store.articles().add(Fixtures.extract(Fixtures.numbered(2)), "test")).isEqualTo(Articles.Outcome.ADDED);
        }
    }

    private static long pageCount(Store store) throws Exception {
        try (Statement s = store.connection().createStatement(); var r = s.executeQuery("PRAGMA page_count")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void messagesDoNotShowPasswords() {
        assertThatThrownBy(() -> Store.open("jdbc:h2:mem:x;user=sa;password=secret")).isInstanceOf(StoreException.class)
                .hasMessage("unsupported database URL jdbc:h2:mem:x;user=sa;password=*** (expected jdbc:sqlite:FILE or jdbc:postgresql://...)");
        assertThat(Store.shown("jdbc:postgresql://db/frontline?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/frontline?user=u&password=***&ssl=true");
    }
}
