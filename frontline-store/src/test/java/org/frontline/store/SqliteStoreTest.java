package org.frontline.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String freshDatabase() {
        return dir.resolve("data/frontline.db").toString();
    }
}
