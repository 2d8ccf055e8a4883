package org.frontline.cli;

import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.ingest.ArticleReader;
import org.frontline.server.ApiToken;
import org.frontline.server.FrontlineServer;
import org.frontline.server.ServerSettings;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code frontline serve}: the REST API and the web map over the store, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api, described at /api/openapi.json) and the web map (/) over the store.",
                "Reads are open on the address served; writes (POST) need 'Authorization: Bearer TOKEN', the token of",
                "$" + ApiToken.ENV + " or one generated on first start and kept beside the store."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    GridOptions grid;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory merged with the shipped places (uploads, place search); default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
    Path gazetteer;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to bind; default: ${DEFAULT-VALUE} (this machine only)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "the port; 0 for any free one; default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--token-for-reads", description = "require the token for reads too")
    boolean tokenForReads;

    @Option(names = "--cors", split = ",", paramLabel = "ORIGIN", description = "let pages of these origins call the API (e.g. https://desk.example.org); default: none")
    List<String> cors = List.of();

    @Option(names = "--max-body-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES, description = "larger request bodies are refused (413); default: ${DEFAULT-VALUE}")
    long maxBodyBytes;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("frontline: --port: " + port + " is not a port (0 to 65535)");
            return 1;
        }
        if (maxBodyBytes <= 0) {
            err.println("frontline: --max-body-bytes: must be positive, not " + maxBodyBytes);
            return 1;
        }
        try {
            grid.check();
        } catch (UserError e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
        try (Store store = database.open()) {
            ApiToken token = ApiToken.resolve(System.getenv(ApiToken.ENV), tokenFile(store.location()));
            ServerSettings settings = new ServerSettings(host, port, tokenForReads, cors, maxBodyBytes, grid.countries, grid.resolution,
                    grid.radiusKm);
            err.printf("frontline: the grid over %s at resolution %d (laid the first time, then read back from the cache)…%n", String.join(",", grid.countries), grid.resolution);
            err.flush();
            try (FrontlineServer server = FrontlineServer.over(store, TerrainOptions.cache(database, err), token, settings,
                    () -> GazetteerLoader.load(gazetteer, err)).start()) {
                err.printf("frontline: serving %s on http://%s:%d/ (API at /api, described at /api/openapi.json)%n", store.location(), host, server.port());
                err.printf("frontline: writes need 'Authorization: Bearer TOKEN' with the token of %s%s; CORS %s%n", token.origin(),
                        tokenForReads ? "; so do reads" : "; reads are open", cors.isEmpty() ? "closed" : "open to " + String.join(", ", cors));
                err.flush();
                // Ctrl-C: the hook lets this thread stop the server and close the store, and waits until it has
                CountDownLatch stopping = new CountDownLatch(1);
                CountDownLatch closed = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stopping.countDown();
                    try {
                        closed.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                try {
                    stopping.await();
                } finally {
                    server.close();
                    store.close();
                    closed.countDown();
                }
            }
            return 0;
        } catch (StoreException | UncheckedIOException | IllegalStateException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }

    /** The token is kept with the store: beside a SQLite file, else in the user's data directory. */
    static Path tokenFile(String location) {
        if (!location.startsWith("jdbc:")) {
            return Path.of(location + ".token");
        }
        return DatabaseOption.dataDirectory().resolve("api.token");
    }
}
