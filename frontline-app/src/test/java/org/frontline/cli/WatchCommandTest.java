package org.frontline.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code frontline watch --once} against a feed and a page served on 127.0.0.1. */
class WatchCommandTest extends CommandLineTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private String db;
    private String feed;

    @BeforeEach
    void serve() throws IOException {
        db = tmp.resolve("frontline.db").toString();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        feed = base + "/feed.xml";
        Map<String, String> resources = Map.of(
                "/feed.xml", "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><item><title>Manbij</title>"
                        + "<link>" + base + "/manbij.html</link><guid>wire-manbij</guid></item></channel></rss>",
                "/manbij.html", "<html><body><article><h1>SDF captures Manbij</h1><p>The Syrian Democratic Forces captured Manbij"
                        + " from Islamic State on Friday after a siege of two months.</p><p>Hundreds of civilians left the city,"
                        + " officials said.</p></article></body></html>");
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = resources.get(exchange.getRequestURI().getPath());
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else if ("\"1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                } else {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("ETag", "\"1\"");
                    exchange.sendResponseHeaders(200, bytes.length);
                    exchange.getResponseBody().write(bytes);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void pollsOnceThenFindsTheFeedNotModified() {
        assertThat(run("watch", feed, "--once", "--allow-private", "--host-delay", "0s", "--no-geocode", "--db", db)).isEqualTo(0);
        assertThat(out.toString()).matches("(?s)\\S+Z poll 1: 1 new article, 0 items failed, 1 feed \\| " + feed
                + ": 1 new, 0 seen before\\R");
        assertThat(run("watch", feed, "--once", "--allow-private", "--host-delay", "0s", "--no-geocode", "--db", db)).isEqualTo(0);
        assertThat(out.toString()).contains(feed + ": not modified");
        assertThat(run("events", "--db", db, "--by", "event")).isEqualTo(0);
        assertThat(out.toString()).contains("capture").contains("SDF");
    }

    @Test
    void refusesTheLoopbackServerWithoutAllowPrivate() {
        assertThat(run("watch", feed, "--once", "--no-geocode", "--db", db)).isEqualTo(1);
        assertThat(out.toString()).contains("0 new articles, 0 items failed, 1 feed (1 failed) | " + feed
                + ": failed (refused: 127.0.0.1 resolves to 127.0.0.1, not a public address (--allow-private allows it))");
    }

    @Test
    void readsFeedsFromAFileAndNamesABadLine() throws IOException {
        Path list = Files.writeString(tmp.resolve("feeds.txt"), "# wires\n" + feed + "\n\nftp://files.example.org/feed\n");
        assertThat(run("watch", list.toString(), "--once", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("frontline: " + list + ":4: 'ftp://files.example.org/feed' is not an http or https address"
                + System.lineSeparator());
        assertThat(run("watch", tmp.resolve("missing.txt").toString(), "--once", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("missing.txt: not a feed address (http:// or https://) nor a readable file of addresses");
        assertThat(run("watch", feed, "--every", "soon", "--db", db)).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not an interval (expected e.g. 30s, 15m, 1h, 1h30m)");
    }
}
