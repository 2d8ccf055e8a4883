package org.frontline.cli;

import com.sun.net.httpserver.HttpServer;
import org.frontline.store.Store;
import org.frontline.store.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM (what Ctrl-C does, through the same shutdown hook) to a real {@code frontline watch} fetching a page. */
class WatchStopTest {
    @TempDir
    Path tmp;

    @Test
    void stopsMidPollWithoutRecordingTheAbortedFetchAsAFailure() throws Exception {
        CountDownLatch pageAsked = new CountDownLatch(1);
        ExecutorService threads = Executors.newCachedThreadPool();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
        server.createContext("/", exchange -> {
            try (exchange) {
                if (exchange.getRequestURI().getPath().equals("/feed.xml")) {
                    byte[] rss = ("<rss version='2.0'><channel><title>t</title><item><title>Slow</title><link>http://127.0.0.1:"
                            + server.getAddress().getPort() + "/slow.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, rss.length);
                    exchange.getResponseBody().write(rss);
                } else if (exchange.getRequestURI().getPath().equals("/slow.html")) {
                    pageAsked.countDown();
                    Thread.sleep(60_000); // still fetching when the watcher is stopped
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        String db = tmp.resolve("frontline.db").toString();
        try {
            Process watch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), FrontlineCommand.class.getName(),
                    "watch", feed, "--every", "1h", "--allow-private", "--host-delay", "0s", "--no-geocode", "--db", db)
                    .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
            assertThat(pageAsked.await(120, TimeUnit.SECONDS)).as("the watcher asked for the page").isTrue();
            Thread.sleep(3000); // the child is blocked reading the answer
            watch.destroy(); // SIGTERM

            assertThat(watch.waitFor(30, TimeUnit.SECONDS)).as("stopped without waiting for the page").isTrue();
            assertThat(Files.readString(tmp.resolve("err.txt")))
                    .as("exit %d, out: %s", watch.exitValue(), Files.readString(tmp.resolve("out.txt")))
                    .contains("frontline: watch stopped; every article stored so far is kept, and the next run resumes");
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
        try (Store store = Store.open(db)) {
            assertThat(Tables.count(store, "watched_items")).as("the aborted page is not a failed attempt").isZero();
            assertThat(store.watchedFeeds().state(feed).failures()).isZero();
            assertThat(store.watchedFeeds().state(feed).etag()).isNull();
        }
    }
}
