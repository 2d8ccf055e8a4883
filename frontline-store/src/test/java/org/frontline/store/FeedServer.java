package org.frontline.store;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 (ephemeral port) serving feeds and pages written for the tests, with ETags for
 * conditional GETs and an optional delay per resource. Unknown paths (robots.txt among them) answer 404.
 */
final class FeedServer implements AutoCloseable {
    private record Resource(String type, byte[] body, long delayMs) {
        String etag() {
            return "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(path);
                Resource r = resources.get(path);
                if (r == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                Thread.sleep(r.delayMs());
                if (r.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", r.type());
                exchange.getResponseHeaders().add("ETag", r.etag());
                exchange.sendResponseHeaders(200, r.body().length);
                exchange.getResponseBody().write(r.body());
            } catch (IOException | InterruptedException e) {
                // the client hung up
            }
        });
        server.start();
    }

    URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void put(String path, String type, String body) {
        put(path, type, body, 0);
    }

    void put(String path, String type, String body, long delayMs) {
        resources.put(path, new Resource(type, body.getBytes(StandardCharsets.UTF_8), delayMs));
    }

    /** A page reporting a capture at a numbered village, so that every one is a different article. */
    void page(int i) {
        page(i, 0);
    }

    void page(int i, long delayMs) {
        put("/news/" + i + ".html", "text/html; charset=utf-8", "<html><head><title>Village " + i + " taken</title></head><body>"
                + "<article><h1>SDF take the village of Tell " + i + "</h1>"
                + "<p>The Syrian Democratic Forces captured the village of Tell " + i + " from Islamic State on Friday.</p>"
                + "<p>Fighting went on near Raqqa, a spokesman said in statement number " + i + ".</p></article></body></html>", delayMs);
    }

    /** An RSS feed of items linking to the given addresses (paths on this server, or absolute), newest first. */
    void feed(String path, List<String> links) {
        StringBuilder rss = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Test wire</title>");
        for (String link : links) {
            String absolute = link.startsWith("/") ? at(link).toString() : link;
            rss.append("<item><title>Item ").append(link).append("</title><link>").append(absolute).append("</link><guid>")
                    .append(absolute).append("</guid></item>");
        }
        put(path, "application/rss+xml", rss.append("</channel></rss>").toString());
    }

    long count(String path) {
        return requests.stream().filter(path::equals).count();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
