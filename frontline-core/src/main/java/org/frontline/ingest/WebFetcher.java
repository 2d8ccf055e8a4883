package org.frontline.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Fetches feeds and pages over HTTP(S) politely and safely: its own User-Agent, robots.txt honoured, a least
 * delay between two requests to one host, connect, read and overall timeouts, a size cap read as the body
 * streams in, conditional GET, and redirects followed by hand (at most {@link Settings#maxRedirects()}), each hop
 * checked again. Host names are resolved by the fetcher's own DNS resolver, which refuses a host when any of its
 * addresses is not allowed (by default: not public) and hands the client only the addresses it checked, so a
 * second lookup (DNS rebinding) cannot send the connection elsewhere. Thread-safe; close it to abort every
 * request in flight.
 */
public final class WebFetcher implements AutoCloseable {

    /** The robots.txt product token, and the start of the User-Agent. */
    public static final String ROBOT_NAME = "frontline";
    /** Longest crawl-delay of a robots.txt obeyed; crawler-commons reads a site asking for more as disallowing all. */
    private static final long MAX_CRAWL_DELAY_MS = 60_000;
    private static final String REFUSED = "refused: ";
    /** Largest robots.txt read (Google reads 500 KiB). */
    private static final int MAX_ROBOTS_BYTES = 512 * 1024;

    /**
     * @param userAgent      sent with every request
     * @param connectTimeout to open a connection
     * @param readTimeout    the longest wait for the next bytes of a response
     * @param totalTimeout   the longest a whole response may take, so a server trickling bytes is cut off too
     * @param maxBytes       the largest body read; a larger one is cut off as it arrives
     * @param maxRedirects   redirects followed for one fetch
     * @param hostDelay      the least time between two requests to one host (a robots.txt crawl-delay can lengthen it)
     * @param addressAllowed which resolved addresses may be connected to
     */
    public record Settings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
                           long maxBytes, int maxRedirects, Duration hostDelay, Predicate<InetAddress> addressAllowed) {

        /** Public addresses only, 10 s to connect, 30 s between bytes, 2 minutes in all, 5 MB, 5 redirects, 1 s per host. */
        public static Settings defaults(String version) {
            return new Settings(ROBOT_NAME + "/" + version + " (news feed watcher)", Duration.ofSeconds(10), Duration.ofSeconds(30),
                    Duration.ofMinutes(2), ArticleReader.DEFAULT_MAX_BYTES, 5, Duration.ofSeconds(1), PublicAddresses::isPublic);
        }

        public Settings withAddressAllowed(Predicate<InetAddress> allowed) {
            return new Settings(userAgent, connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, hostDelay, allowed);
        }

        public Settings withHostDelay(Duration delay) {
            return new Settings(userAgent, connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, delay, addressAllowed);
        }

        public Settings withTimeouts(Duration connect, Duration read, Duration total) {
            return new Settings(userAgent, connect, read, total, maxBytes, maxRedirects, hostDelay, addressAllowed);
        }

        public Settings withMaxBytes(long bytes) {
            return new Settings(userAgent, connectTimeout, readTimeout, totalTimeout, bytes, maxRedirects, hostDelay, addressAllowed);
        }
    }

    /** The validators of an earlier response, sent back so that an unchanged resource answers 304. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * A fetched resource.
     *
     * @param address     where it was found, after redirects
     * @param notModified the server answered 304 to the validators sent: {@code body} is empty
     * @param charset     of the Content-Type header, null if none or unknown
     * @param validators  for the next conditional request
     */
    public record Response(URI address, boolean notModified, byte[] body, Charset charset, Validators validators) {
    }

    private final Settings settings;
    private final CloseableHttpClient client;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
    /** Per host (scheme://host:port), the earliest time (System.nanoTime) of its next request. */
    private final Map<String, Long> nextRequest = new ConcurrentHashMap<>();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    public WebFetcher(Settings settings) {
        this.settings = settings;
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver(settings.addressAllowed()))
                        .setDefaultConnectionConfig(connection)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(settings.userAgent())
                .build();
        robotsParser.setMaxCrawlDelay(MAX_CRAWL_DELAY_MS);
    }

    /**
     * Fetches a resource, sending the validators of an earlier response.
     *
     * @throws FetchException with the reason only, for a refused, failed or unusable fetch
     */
    public Response get(URI address, Validators validators) throws FetchException {
        URI current = checkedScheme(address);
        for (int redirects = 0; ; redirects++) {
            if (!robotsFor(current).isAllowed(current.toString())) {
                throw new FetchException("robots.txt of " + origin(current) + " disallows " + current.getRawPath(), true);
            }
            Exchange exchange = exchange(current, validators, settings.maxBytes());
            if (exchange.redirect() == null) {
                return switch (exchange.status()) {
                    case HttpStatus.SC_OK -> new Response(current, false, exchange.body(), exchange.charset(), exchange.validators());
                    case HttpStatus.SC_NOT_MODIFIED -> new Response(current, true, new byte[0], null, exchange.validators());
                    default -> throw new FetchException("HTTP " + exchange.status() + " from " + current, isClientError(exchange.status()));
                };
            }
            if (redirects == settings.maxRedirects()) {
                throw new FetchException("more than " + settings.maxRedirects() + " redirects, the last to " + exchange.redirect(), true);
            }
            current = checkedScheme(exchange.redirect());
        }
    }

    /** One request and its response: no redirect followed. */
    private record Exchange(int status, URI redirect, byte[] body, Charset charset, Validators validators) {
    }

    private Exchange exchange(URI address, Validators validators, long maxBytes) throws FetchException {
        waitForTurn(address);
        HttpGet get = new HttpGet(address);
        if (validators.etag() != null) {
            get.setHeader(HttpHeaders.IF_NONE_MATCH, validators.etag());
        }
        if (validators.lastModified() != null) {
            get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, validators.lastModified());
        }
        AtomicBoolean overTime = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            overTime.set(true); // before the cancel, which makes the reading thread fail at once
            get.cancel();
        }, settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            ClassicHttpResponse response = client.executeOpen(null, get, null);
            try {
                return read(get, response, address, maxBytes);
            } finally {
                closeQuietly(response);
            }
        } catch (OverLimit e) {
            throw new FetchException(e.getMessage(), true);
        } catch (UnknownHostException e) {
            boolean refused = e.getMessage() != null && e.getMessage().startsWith(REFUSED);
            throw new FetchException(refused ? e.getMessage() : "unknown host " + address.getHost(), refused);
        } catch (SocketTimeoutException e) {
            throw new FetchException("no answer within " + seconds(settings.readTimeout()) + " from " + origin(address), false);
        } catch (IllegalStateException e) {
            // the client was closed while this request waited for or held a connection: the fetcher is stopping
            throw new FetchException("fetcher closed while fetching " + address, false);
        } catch (IOException e) {
            if (overTime.get()) {
                throw new FetchException("took over " + seconds(settings.totalTimeout()) + " to answer: " + address, false);
            }
            throw new FetchException("cannot fetch " + address + ": " + describe(e), false);
        } finally {
            deadline.cancel(false);
        }
    }

    private static Exchange read(HttpGet get, ClassicHttpResponse response, URI address, long maxBytes) throws IOException {
        int status = response.getCode();
        Validators validators = new Validators(value(response, HttpHeaders.ETAG), value(response, HttpHeaders.LAST_MODIFIED));
        if (status >= 300 && status < 400 && status != HttpStatus.SC_NOT_MODIFIED) {
            String location = value(response, HttpHeaders.LOCATION);
            if (location == null) {
                throw new OverLimit("HTTP " + status + " without a Location from " + address);
            }
            get.cancel(); // the body of a redirect is not wanted: drop the connection rather than read it
            try {
                return new Exchange(status, address.resolve(location.strip()), null, null, validators);
            } catch (IllegalArgumentException e) {
                throw new OverLimit("redirect to a malformed address: " + location);
            }
        }
        HttpEntity entity = response.getEntity();
        if (status != HttpStatus.SC_OK || entity == null) {
            get.cancel();
            return new Exchange(status, null, new byte[0], null, validators);
        }
        if (entity.getContentLength() > maxBytes) {
            get.cancel();
            throw new OverLimit(address + " is " + ArticleReader.humanSize(entity.getContentLength()) + ", over the size limit of "
                    + ArticleReader.humanSize(maxBytes));
        }
        byte[] body;
        try (InputStream in = entity.getContent()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                // closing the stream would read the rest of a body that may never end: cut the connection first
                get.cancel();
                throw new OverLimit(address + " is over the size limit of " + ArticleReader.humanSize(maxBytes));
            }
        }
        Charset charset = null;
        try {
            ContentType type = entity.getContentType() == null ? null : ContentType.parseLenient(entity.getContentType());
            charset = type == null ? null : type.getCharset();
        } catch (IllegalArgumentException e) {
            // an unknown charset name: the reader detects the encoding
        }
        return new Exchange(status, null, body, charset, validators);
    }

    /** robots.txt of an address's origin, fetched once per fetcher; an unreachable one means stay away for now. */
    private BaseRobotRules robotsFor(URI address) throws FetchException {
        String origin = origin(address);
        BaseRobotRules known = robots.get(origin);
        if (known != null) {
            return known;
        }
        URI robotsTxt = URI.create(origin + "/robots.txt");
        BaseRobotRules rules;
        try {
            Exchange exchange = exchange(robotsTxt, Validators.NONE, MAX_ROBOTS_BYTES);
            if (exchange.status() == HttpStatus.SC_OK) {
                rules = robotsParser.parseContent(robotsTxt.toString(), exchange.body(), "text/plain", List.of(ROBOT_NAME));
            } else if (exchange.redirect() != null) {
                rules = robotsParser.failedFetch(HttpStatus.SC_NOT_FOUND); // RFC 9309 follows redirects; few sites redirect it
            } else {
                // 4xx: no rules, all allowed; 5xx: the site is unavailable, nothing allowed (RFC 9309 2.3.1)
                rules = robotsParser.failedFetch(exchange.status());
            }
        } catch (FetchException e) {
            if (e.permanent()) {
                throw e;
            }
            // not cached: the next fetch asks again
            throw new FetchException("robots.txt of " + origin + " unreachable (" + e.getMessage() + "); not fetching " + address, false);
        }
        robots.put(origin, rules);
        return rules;
    }

    /** Sleeps until the host's turn: requests to one host at least the host delay (or its crawl-delay) apart. */
    private void waitForTurn(URI address) throws FetchException {
        String origin = origin(address);
        BaseRobotRules rules = robots.get(origin);
        long crawlDelayMs = rules == null || rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY ? 0 : rules.getCrawlDelay();
        long gap = Math.max(settings.hostDelay().toNanos(), TimeUnit.MILLISECONDS.toNanos(crawlDelayMs));
        long now = System.nanoTime();
        long[] turn = new long[1];
        nextRequest.compute(origin, (host, next) -> {
            turn[0] = next == null || next - now < 0 ? now : next;
            return turn[0] + gap;
        });
        long wait = turn[0] - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted", false);
            }
        }
    }

    /** A 4xx other than a timeout or "too many requests": the page is gone or forbidden, asking again will not help. */
    private static boolean isClientError(int status) {
        return status >= 400 && status < 500 && status != HttpStatus.SC_REQUEST_TIMEOUT && status != HttpStatus.SC_TOO_MANY_REQUESTS;
    }

    private static URI checkedScheme(URI address) throws FetchException {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(REFUSED + address + " is not an http or https address", true);
        }
        if (address.getHost() == null) {
            throw new FetchException(REFUSED + address + " names no host", true);
        }
        return address;
    }

    private static String origin(URI address) {
        String scheme = address.getScheme().toLowerCase(Locale.ROOT);
        int port = address.getPort() != -1 ? address.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + address.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** Closing after a cancel fails on the dropped connection: nothing is lost by ignoring that. */
    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection was dropped on purpose
        }
    }

    private static String value(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null || header.getValue().isBlank() ? null : header.getValue();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }

    /** A response refused while it is read (too large, a redirect without a target). */
    private static final class OverLimit extends IOException {
        OverLimit(String message) {
            super(message);
        }
    }

    /**
     * Resolves a host and refuses it unless every address it has is allowed; the client connects only to the
     * addresses returned here, the ones checked.
     */
    private record CheckingResolver(Predicate<InetAddress> allowed) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress a : addresses) {
                if (!allowed.test(a)) {
                    // UnknownHostException makes the client give up on the host at once, without connecting
                    throw new UnknownHostException(REFUSED + host + " resolves to " + a.getHostAddress()
                            + ", not a public address (--allow-private allows it)");
                }
            }
            return addresses;
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(a -> new InetSocketAddress(a, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }
    }
}
