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
    void ingestGivesSqliteTheSmallerPageCacheOfWriting() throws Exception {
        try (Store store = Store.open(freshDatabase())) {
            new Ingester(store, Fixtures.PIPELINE, "test", 1).ingest(List.of(1), i -> List.of(Fixtures.numbered(i)), outcome -> { });
            try (var pragma = store.connection().createStatement(); var r = pragma.executeQuery("PRAGMA cache_size")) {
                r.next();
                assertThat(r.getInt(1)).as("KiB, negative").isEqualTo(-32 * 1024);
            }
        }
    }
}
