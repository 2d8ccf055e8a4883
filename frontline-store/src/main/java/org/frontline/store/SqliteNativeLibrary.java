package org.frontline.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.jar.JarEntry;

/**
 * sqlite-jdbc's native library, unpacked once. On every start the driver otherwise unpacks it into the temporary
 * directory, compares it byte by byte with the jar's copy and runs a process to ask whether this is Android: about
 * 0.2 s of CPU of a short command such as {@code frontline control}. Here it is unpacked once under the user's cache
 * directory, named by its size and CRC in the jar (so another driver version is another file), and handed to the
 * driver through the driver's own system properties {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}.
 * Only where the driver's choice of library is certain (Linux on x86_64 with glibc's loader); elsewhere, when the
 * properties are already set, and on any failure, the driver loads its library its own way.
 */
final class SqliteNativeLibrary {
    private static final String RESOURCE = "/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";
    private static boolean done;

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the unpacked library, unpacking it first when needed; at most once per process. */
    static synchronized void useUnpacked() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null
                || !"linux".equals(System.getProperty("os.name", "").toLowerCase(Locale.ROOT))
                || !"amd64".equals(System.getProperty("os.arch")) && !"x86_64".equals(System.getProperty("os.arch"))
                || !Files.exists(Path.of("/lib64/ld-linux-x86-64.so.2")) || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"))) {
            return;
        }
        try {
            Path library = unpacked(cacheDirectory());
            if (library != null) {
                System.setProperty("org.sqlite.lib.path", library.getParent().toString());
                System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // the driver unpacks its library itself, as without this
        }
    }

    /** The library unpacked in the directory, unpacked now when it is not there yet; null when the jar does not say what it is. */
    static Path unpacked(Path directory) throws IOException {
        URL url = SqliteNativeLibrary.class.getResource(RESOURCE);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        Path library = directory.resolve(String.format(Locale.ROOT, "libsqlitejdbc-%d-%08x.so", entry.getSize(), entry.getCrc()));
        if (Files.isRegularFile(library) && Files.size(library) == entry.getSize()) {
            return library;
        }
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, library.getFileName().toString(), ".tmp");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return library;
    }

    /** $XDG_CACHE_HOME/frontline/native, else ~/.cache/frontline/native. */
    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("frontline").resolve("native");
    }
}
