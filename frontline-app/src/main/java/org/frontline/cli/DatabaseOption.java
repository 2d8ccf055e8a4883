package org.frontline.cli;

import org.frontline.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --db} option of the commands that use the store: a SQLite file or a JDBC URL; without it the
 * {@value #ENV} environment variable, else {@code frontline.db} in the user's data directory.
 */
final class DatabaseOption {
    static final String ENV = "FRONTLINE_DB";

    @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
            description = {"the store: a SQLite file, or jdbc:postgresql://HOST/DB?user=U&password=P;",
                    "default: $" + ENV + ", else $XDG_DATA_HOME/frontline/frontline.db (~/.local/share/frontline/frontline.db)"})
    String db;

    String location() {
        if (db != null) {
            return db;
        }
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return dataDirectory().resolve("frontline.db").toString();
    }

    /** Frontline's directory in the user's data directory: $XDG_DATA_HOME/frontline, else ~/.local/share/frontline. */
    static Path dataDirectory() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("frontline");
    }

    /**
     * Where the terrain cache of this store goes: beside a SQLite file ({@code FILE.terrain/}, gone with the store's
     * directory), else (PostgreSQL) under {@code $XDG_CACHE_HOME/frontline/terrain} (~/.cache/frontline/terrain). The
     * cache's files are named by what they are computed from, so stores may share one safely.
     */
    Path cacheDirectory() {
        String location = location();
        if (location.startsWith("jdbc:sqlite:")) {
            String file = location.substring("jdbc:sqlite:".length());
            return file.isEmpty() || file.startsWith(":memory:") || file.contains("mode=memory") ? null : Path.of(file.split("\\?")[0] + ".terrain");
        }
        if (!location.startsWith("jdbc:")) {
            return Path.of(location + ".terrain");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("frontline").resolve("terrain");
    }

    Store open() {
        return Store.open(location());
    }
}
