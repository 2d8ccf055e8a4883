package org.frontline.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fetcher against a server on 127.0.0.1 serving what each test needs. */
@Timeout(30)
class WebFetcherTest {
    /** The test server is on loopback: allowed here, as --allow-private would; the refusal tests use the default. */
    private static final WebFetcher.Settings LOCAL = WebFetcher.Settings.defaults("test")
            .withAddressAllowed(a -> a.isLoopbackAddress() || PublicAddresses.isPublic(a))
            .withHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)); // generous: the machine may be loaded

    private HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow(); // wakes the handlers still sleeping
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void serve(String path, Handler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client hung up, as the fetcher does on purpose
            }
        });
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Test
    void fetchesAPageWithItsCharsetAndItsOwnUserAgent() throws FetchException {
        serve("/page", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1256");
            send(x, 200, "<p>hello</p>");
        });
        try (WebFetcher fetcher = new WebFetcher(LOCAL)) {
            WebFetcher.Response r = fetcher.get(at("/page"), WebFetcher.Validators.NONE);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
            assertThat(r.charset()).hasToString("windows-1256");
            assertThat(r.notModified()).isFalse();
        }
        assertThat(requests).containsExactly("/page"); // robots.txt: the server answers 404, meaning no rules
        assertThat(userAgents).allSatisfy(ua -> assertThat(ua).startsWith("frontline/test"));
    }

    @Test
    void aConditionalGetOfAnUnchangedFeedGets304() throws FetchException {
        serve("/feed", x -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                send(x, 304, "");
            } else {
                x.getResponseHeaders().add("ETag", "\"v1\"");
                x.getResponseHeaders().add("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
                send(x, 200, "<rss/>");
            }
        });
        try (WebFetcher fetcher = new WebFetcher(LOCAL)) {
            WebFetcher.Response first = fetcher.get(at("/feed"), WebFetcher.Validators.NONE);
            assertThat(first.validators()).isEqualTo(new WebFetcher.Validators("\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT"));
            WebFetcher.Response second = fetcher.get(at("/feed"), first.validators());
            assertThat(second.notModified()).isTrue();
            assertThat(second.body()).isEmpty();
        }
    }

    @Test
    void aSlowServerTimesOut() {
        serve("/slow", x -> {
            sleep(10_000);
            send(x, 200, "late");
        });
        try (WebFetcher fetcher = new WebFetcher(LOCAL.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(30)))) {
            assertThatThrownBy(() -> fetcher.get(at("/slow"), WebFetcher.Validators.NONE))
                    .isInstanceOf(FetchException.class).hasMessageStartingWith("no answer within 1 s");
        }
    }

    @Test
    void aServerTricklingBytesIsCutOffByTheOverallTimeout() {
        serve("/trickle", x -> {
            x.sendResponseHeaders(200, 0);
            for (int i = 0; i < 100; i++) {
                x.getResponseBody().write('.');
                x.getResponseBody().flush();
                sleep(300); // each byte well within the read timeout, the whole far beyond the overall one
            }
        });
        try (WebFetcher fetcher = new WebFetcher(LOCAL.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2)))) {
            assertThatThrownBy(() -> fetcher.get(at("/trickle"), WebFetcher.Validators.NONE))
                    .isInstanceOf(FetchException.class).hasMessageStartingWith("took over 2 s");
        }
    }

    @Test
    void aHugePageIsCutOffAsItStreamsIn() {
        AtomicInteger written = new AtomicInteger();
        serve("/endless", x -> {
            x.sendResponseHeaders(200, 0); // chunked, no length announced, and no end
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            OutputStream out = x.getResponseBody();
            while (written.addAndGet(chunk.length) < 1 << 30) {
                out.write(chunk);
            }
        });
        serve("/announced", x -> {
            x.sendResponseHeaders(200, 50_000_000);
            x.getResponseBody().write(new byte[1000]);
        });
        try (WebFetcher fetcher = new WebFetcher(LOCAL.withMaxBytes(1_000_000))) {
            assertThatThrownBy(() -> fetcher.get(at("/endless"), WebFetcher.Validators.NONE))
                    .isInstanceOf(FetchException.class).hasMessageEndingWith("is over the size limit of 976.6 KB");
            assertThatThrownBy(() -> fetcher.get(at("/announced"), WebFetcher.Validators.NONE))
                    .isInstanceOf(FetchException.class).hasMessageContaining("is 47.7 MB, over the size limit");
        }
        assertThat(written.get()).as("bytes the server got out before the fetcher hung up").isLessThan(64 << 20);
    }

    @Test
    void followsRedirectsButNotALoop() throws FetchException {
        serve("/old", x -> {
            x.getResponseHeaders().add("Location", "/new");
            send(x, 301, "");
        });
        serve("/new", x -> send(x, 200, "moved here"));
        serve("/loop-a", x -> {
            x.getResponseHeaders().add("Location", at("/loop-b").toString());
            send(x, 302, "");
        });
        serve("/loop-b", x -> {
            x.getResponseHeaders().add("Location", "/loop-a");
            send(x, 307, "");
        });
        try (WebFetcher fetcher = new WebFetcher(LOCAL)) {
            WebFetcher.Response moved = fetcher.get(at("/old"), WebFetcher.Validators.NONE);
            assertThat(moved.address()).isEqualTo(at("/new"));
            assertThat(new String(moved.body(), StandardCharsets.UTF_8)).isEqualTo("moved here");
            assertThatThrownBy(() -> fetcher.get(at("/loop-a"), WebFetcher.Validators.NONE))
                    .isInstanceOf(FetchException.class).hasMessageStartingWith("more than 5 redirects");
        }
        assertThat(requests.stream().filter(p -> p.startsWith("/loop"))).hasSize(6);
    }

    @Test
    void refusesPrivateAddressesWithoutConnecting() {
        try (WebFetcher fetcher = new WebFetcher(WebFetcher.Settings.defaults("test"))) {
            for (String address : List.of("http://10.255.255.1/feed.xml", "http://169.254.169.254/latest/meta-data/",
                    "http://[fd00::1]/", "http://127.0.0.1:" + server.getAddress().getPort() + "/feed", "http://localhost/")) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> fetcher.get(URI.create(address), WebFetcher.Validators.NONE))
                        .as(address).isInstanceOf(FetchException.class).hasMessageStartingWith("refused: ")
                        .hasMessageContaining("not a public address");
                // a connection attempt to 10.255.255.1 would take the 10 s connect timeout
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as(address).isLessThan(Duration.ofSeconds(5));
            }
        }
        assertThat(requests).as("nothing reached the loopback server").isEmpty();
    }

    @Test
    void refusesARedirectToAPrivateAddressOrAnotherScheme() {
        serve("/to-metadata", x -> {
            x.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            send(x, 302, "");
        });
        serve("/to-file", x -> {
            x.getResponseHeaders().add("Location", "file:///etc/passwd");
            send(x, 302, "");
        });
        // loopback allowed (the test server), everything else private refused
        try (WebFetcher fetcher = new WebFetcher(LOCAL)) {
            assertThatThrownBy(() -> fetcher.get(at("/to-metadata"), WebFetcher.Validators.NONE))
                    .hasMessage("refused: 169.254.169.254 resolves to 169.254.169.254, not a public address (--allow-private allows it)");
            assertThatThrownBy(() -> fetcher.get(at("/to-file"), WebFetcher.Validators.NONE))
                    .hasMessage("refused: file:///etc/passwd is not an http or https address");
            assertThatThrownBy(() -> fetcher.get(URI.create("ftp://example.org/feed"), WebFetcher.Validators.NONE))
                    .hasMessageStartingWith("refused: ftp://example.org/feed is not an http");
        }
    }

    @Test
    void honoursRobotsTxt() throws FetchException {
        serve("/robots.txt", x -> send(x, 200, "User-agent: *\nDisallow: /private/\n\nUser-agent: frontline\nDisallow: /no-bots/\n"));
        serve("/no-bots/page", x -> send(x, 200, "secret"));
        serve("/open", x -> send(x, 200, "open"));
        try (WebFetcher fetcher = new WebFetcher(LOCAL)) {
            assertThatThrownBy(() -> fetcher.get(at("/no-bots/page"), WebFetcher.Validators.NONE))
                    .hasMessageEndingWith("robots.txt of http://127.0.0.1:" + server.getAddress().getPort() + " disallows /no-bots/page");
            assertThat(fetcher.get(at("/open"), WebFetcher.Validators.NONE).body()).isNotEmpty();
        }
        assertThat(requests).containsExactly("/robots.txt", "/open");
    }

    @Test
    void waitsBetweenTwoRequestsToOneHost() throws FetchException {
        List<Long> times = new CopyOnWriteArrayList<>();
        serve("/tick", x -> {
            times.add(System.nanoTime());
            send(x, 200, "tick");
        });
        long start;
        try (WebFetcher fetcher = new WebFetcher(LOCAL.withHostDelay(Duration.ofMillis(300)))) {
            start = System.nanoTime();
            fetcher.get(at("/tick"), WebFetcher.Validators.NONE);
            fetcher.get(at("/tick"), WebFetcher.Validators.NONE);
        }
        // measured from before the first request was sent: on a loaded machine the server may see the first one late
        assertThat(times).hasSize(2);
        assertThat(Duration.ofNanos(times.get(1) - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aServerErrorIsAFailureNamingTheStatus() {
        serve("/broken", x -> send(x, 503, "down"));
        try (WebFetcher fetcher = new WebFetcher(LOCAL)) {
            assertThatThrownBy(() -> fetcher.get(at("/broken"), WebFetcher.Validators.NONE)).hasMessage("HTTP 503 from " + at("/broken"));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
