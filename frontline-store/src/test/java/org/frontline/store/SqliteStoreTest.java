package org.frontline.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String freshDatabase() {
        return dir.resolve("data/frontline.db").toString();
    }

    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigration() {
        String db = freshDatabase();
        Store.open(db).close();
        Flyway flyway = Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null)
                .locations(Dialect.SQLITE.migrationLocations()).placeholders(Dialect.SQLITE.placeholders()).load();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(Store.SCHEMA_VERSION);
        // opened again, now through the shortcut: still a working store
        try (Store store = Store.open(db)) {
            assertThat(store.claims().upTo(java.time.LocalDate.of(2017, 1, 1))).isEmpty();
        }
    }

    @Test
    void theVersionChangesWithEveryWriteOfThisConnectionOrAnother() {
        String db = freshDatabase();
        try (Store store = Store.open(db)) {
            String empty = store.version().orElseThrow();
            store.events().find(EventQuery.all());
            assertThat(store.version()).hasValue(empty);

            store.articles().add(Fixtures.extract(Fixtures.numbered(1)), "test");
            String afterOwn = store.version().orElseThrow();
            assertThat(afterOwn).isNotEqualTo(empty);

            try (Store other = Store.open(db)) {
                other.articles().add(Fixtures.extract(Fixtures.numbered(2)), "test");
            }
            assertThat(store.version().orElseThrow()).isNotIn(empty, afterOwn);
        }
    }

    @Test
    void aLongRunOfWritesGivesSqliteTheSmallerPageCacheAndAnIngestAloneDoesNot() throws Exception {
        try (Store store = Store.open(freshDatabase())) {
            new Ingester(store, Fixtures.PIPELINE, "test", 1).ingest(List.of(1), i -> List.of(Fixtures.numbered(i)), outcome -> { });
            assertThat(cacheKib(store)).as("a server's ingest of one article keeps the query cache").isEqualTo(-128 * 1024);
            store.useWritingCache();
            assertThat(cacheKib(store)).as("KiB, negative").isEqualTo(-32 * 1024);
        }
    }

    private static int cacheKib(Store store) throws Exception {
        try (var pragma = store.connection().createStatement(); var r = pragma.executeQuery("PRAGMA cache_size")) {
            r.next();
            return r.getInt(1);
        }
    }
}
