package org.frontline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.store.Store;
import org.frontline.terrain.TerrainCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client and the operator see when answering fails with an {@link Error}, not an exception. */
class ServerErrorTest {
    @TempDir
    Path dir;

    @Test
    void anErrorIsALoggedProblemDetails500WithoutItsTrace() throws Exception {
        Supplier<Gazetteer> broken = () -> {
            throw new AssertionError("the gazetteer blew up");
        };
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, false, List.of(), 64 * 1024, List.of("IQ", "SY"), 6, 20);
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        HttpResponse<String> response;
        try (Store store = Store.open(dir.resolve("empty.db").toString());
             FrontlineServer server = FrontlineServer.over(store, new TerrainCache(dir.resolve("terrain"), message -> { }),
                     ApiToken.of(FoundingDesk.TOKEN, "test"), settings, broken).start()) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                response = FoundingDesk.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/places?q=Baaj"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
            } finally {
                System.setErr(stderr);
            }
        }
        JsonNode problem = ApiTest.problem(response, 500);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/places");
        assertThat(response.body()).doesNotContain("blew up", "AssertionError");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("GET /api/places: java.lang.AssertionError: the gazetteer blew up").contains("\tat org.frontline.server.");
    }
}
