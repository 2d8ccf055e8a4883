package org.frontline.server;

import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.store.Store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;

/**
 * A server over the founding sample (samples/founding: the base map of 27 May 2017, the two reports of 28 and 29
 * May posted through the API), on a small grid (Iraq and Syria at resolution 6) and an ephemeral loopback port.
 */
final class FoundingDesk implements AutoCloseable {
    static final Path SAMPLE = Path.of("..", "samples", "founding");
    static final String TOKEN = "test-token-0123456789";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final Store store;
    final FrontlineServer server;
    final String base;

    private FoundingDesk(Store store, FrontlineServer server) {
        this.store = store;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** The shipped places and the sample's, loaded once for all the tests (a few seconds). */
    private static final Supplier<Gazetteer> GAZETTEER = Suppliers.memoize(() -> {
        try {
            Path dir = Files.createTempDirectory("frontline-gazetteer");
            Files.copy(SAMPLE.resolve("places.geojson"), dir.resolve("places.geojson"));
            return GazetteerLoader.load(dir, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    });

    /**
     * The founding store behind a server with these settings (host, grid and radius are the fixture's).
     *
     * @param reports whether to post the two reports too (extracting them loads the pipeline)
     */
    static FoundingDesk start(Path dir, boolean readsNeedToken, List<String> cors, boolean reports) throws IOException, InterruptedException {
        Store store = Store.open(dir.resolve("founding.db").toString());
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, readsNeedToken, cors, 64 * 1024, List.of("IQ", "SY"), 6, 20);
        FrontlineServer server = FrontlineServer.over(store, ApiToken.of(TOKEN, "test"), settings, GAZETTEER).start();
        FoundingDesk desk = new FoundingDesk(store, server);
        String csv = Files.readString(SAMPLE.resolve("basemap-2017-05-27.csv"));
        desk.check(desk.post("/api/basemaps?format=csv&date=2017-05-27&name=basemap-2017-05-27.csv", "text/plain", csv, TOKEN), 201);
        if (reports) {
            try (var files = Files.list(SAMPLE.resolve("reports"))) {
                for (Path report : files.sorted().toList()) {
                    desk.check(desk.post("/api/articles", "text/plain", Files.readString(report), TOKEN), 201);
                }
            }
        }
        return desk;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String token) throws IOException, InterruptedException {
        return post(path, contentType, HttpRequest.BodyPublishers.ofString(body), token);
    }

    HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(body).header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
