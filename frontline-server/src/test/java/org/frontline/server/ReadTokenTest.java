package org.frontline.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A server asked to require the token for reads too, and to let one other origin call it. */
class ReadTokenTest {
    @TempDir
    static Path dir;
    static FoundingDesk desk;

    @BeforeAll
    static void start() throws Exception {
        desk = FoundingDesk.start(dir, true, List.of("https://desk.example.org"), false);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void readsNeedTheToken() throws Exception {
        ApiTest.problem(desk.get("/api/events"), 401);
        ApiTest.problem(desk.get("/api/territory?date=2017-05-29", "wrong"), 401);
        assertThat(desk.get("/api/events", FoundingDesk.TOKEN).statusCode()).isEqualTo(200);
        assertThat(desk.get("/api/territory?date=2017-05-29", FoundingDesk.TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void corsOpensToTheGivenOriginOnly() throws Exception {
        HttpResponse<String> allowed = FoundingDesk.HTTP.send(HttpRequest.newBuilder(URI.create(desk.base + "/api/timeline"))
                .header("Origin", "https://desk.example.org").header("Authorization", "Bearer " + FoundingDesk.TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://desk.example.org");
        HttpResponse<String> other = FoundingDesk.HTTP.send(HttpRequest.newBuilder(URI.create(desk.base + "/api/timeline"))
                .header("Origin", "https://elsewhere.example").header("Authorization", "Bearer " + FoundingDesk.TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
