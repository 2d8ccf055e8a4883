package org.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsUnpackedOnceAndThenFoundWhereItWas() throws IOException {
        Path first = SqliteNativeLibrary.unpacked(dir);
        assertThat(first).isRegularFile().hasParent(dir);
        assertThat(first.getFileName().toString()).matches("libsqlitejdbc-\\d+-[0-9a-f]{8}\\.so");
        long size = Files.size(first);
        assertThat(size).isGreaterThan(100_000);
        Files.setLastModifiedTime(first, FileTime.fromMillis(0));

        Path again = SqliteNativeLibrary.unpacked(dir);

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(again).toMillis()).as("not written again").isZero();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(first);
        }
    }

    @Test
    void aTruncatedCopyIsUnpackedAgain() throws IOException {
        Path first = SqliteNativeLibrary.unpacked(dir);
        long size = Files.size(first);
        Files.write(first, new byte[10]);
        assertThat(Files.size(SqliteNativeLibrary.unpacked(dir))).isEqualTo(size);
    }
}
