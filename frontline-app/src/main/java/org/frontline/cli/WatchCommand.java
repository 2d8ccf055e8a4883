package org.frontline.cli;

import com.google.common.base.Suppliers;
import org.frontline.extract.Pipeline;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.Outlets;
import org.frontline.ingest.PublicAddresses;
import org.frontline.ingest.WebFetcher;
import org.frontline.model.Article;
import org.frontline.model.Extraction;
import org.frontline.store.FeedWatcher;
import org.frontline.store.Ingester;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@code frontline watch}: RSS/Atom feeds polled, each new item's page ingested into the store. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS/Atom feeds over HTTP(S) and ingests the page of each new item, as ingest does (a transaction",
                "per batch of articles; an article already stored changes nothing). What it has seen is kept in the store, so a restart",
                "resumes. Prints one line per poll; a failing feed is retried later, with a delay doubling each time.",
                "Polite and safe: robots.txt, its own User-Agent, a delay per host, timeouts, a size cap, at most 5 redirects,",
                "http and https only, and no private, loopback or link-local address unless --allow-private."})
final class WatchCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for the article being written before the process ends anyway. */
    private static final long STOP_WAIT_SECONDS = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    Geocoding geocoding;

    @Parameters(arity = "1..*", paramLabel = "FEED_URL|FILE_OF_URLS",
            description = "feed addresses, or files listing one per line (blank lines and lines starting with # skipped)")
    List<String> sources;

    @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "15m", converter = IntervalConverter.class,
            description = "time between two polls (30s, 15m, 1h, 1h30m); default: ${DEFAULT-VALUE}")
    Duration every;

    @Option(names = "--once", description = {"poll every feed once, failing ones too, and exit (for cron): exit code 1 if a feed failed"})
    boolean once;

    @Option(names = "--allow-private", description = "allow private, loopback and link-local addresses (an intranet feed, a test server)")
    boolean allowPrivate;

    @Option(names = "--host-delay", paramLabel = "INTERVAL", defaultValue = "1s", converter = IntervalConverter.class,
            description = "least time between two requests to one host (a longer robots.txt crawl-delay wins); default: ${DEFAULT-VALUE}")
    Duration hostDelay;

    @Option(names = "--max-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "larger responses are cut off as they arrive and refused; default: ${DEFAULT-VALUE}")
    long maxBytes;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<URI> feeds;
        int workers;
        try {
            workers = threads.count();
            if (every.isZero()) {
                throw new UserError("--every: the interval between polls must be more than 0");
            }
            feeds = feeds(sources);
        } catch (UserError e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
        WebFetcher.Settings settings = WebFetcher.Settings.defaults(Ingester.engineVersion()).withHostDelay(hostDelay).withMaxBytes(maxBytes)
                .withAddressAllowed(allowPrivate ? address -> true : PublicAddresses::isPublic);
        CountDownLatch finished = new CountDownLatch(1);
        try (Store store = database.open(); WebFetcher fetcher = new WebFetcher(settings)) {
            store.useWritingCache();
            // loaded on the first new article: a poll that finds every feed unchanged does not pay for the models
            Supplier<Function<Article, Extraction>> extraction = Suppliers.memoize(() -> geocoding.after(new Pipeline(), err));
            Ingester ingester = new Ingester(store, article -> extraction.get().apply(article), Ingester.engineVersion(), workers);
            FeedWatcher watcher = new FeedWatcher(store, ingester, fetcher, new ArticleReader(maxBytes), every, Clock.systemUTC());
            Thread main = Thread.currentThread();
            Thread onCtrlC = new Thread(() -> {
                watcher.stop();
                main.interrupt();
                try {
                    finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS); // the article being written is committed or rolled back
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "watch-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                return watch(watcher, feeds, out, err);
            } finally {
                removeHook(onCtrlC);
            }
        } catch (StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        } finally {
            finished.countDown();
        }
    }

    private int watch(FeedWatcher watcher, List<URI> feeds, PrintWriter out, PrintWriter err) {
        err.printf("frontline: watching %d feed%s%s; Ctrl-C stops%n", feeds.size(), feeds.size() == 1 ? "" : "s",
                once ? " once" : ", every " + IntervalConverter.format(every));
        err.flush();
        for (int round = 1; ; round++) {
            Instant start = Instant.now();
            List<FeedWatcher.FeedReport> reports;
            try {
                reports = watcher.poll(feeds, !once);
            } catch (RuntimeException e) {
                // stopping aborts the requests and transactions in flight: whatever they fail with is the stop
                if (Thread.currentThread().isInterrupted()) {
                    return stopped(err);
                }
                throw e;
            }
            out.println(line(round, start, reports));
            out.flush();
            if (Thread.currentThread().isInterrupted()) {
                return stopped(err);
            }
            if (once) {
                return reports.stream().anyMatch(r -> r.status() == FeedWatcher.Status.FAILED) ? 1 : 0;
            }
            try {
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), start.plus(every)).toMillis()));
            } catch (InterruptedException e) {
                return stopped(err);
            }
        }
    }

    private static int stopped(PrintWriter err) {
        err.println("frontline: watch stopped; every article stored so far is kept, and the next run resumes");
        err.flush();
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running
        }
    }

    /** "2026-12-01T19:45:00Z poll 3: 4 new articles, 0 items failed, 2 feeds | https://a/feed.xml: 4 new, 16 seen before | https://b/rss: not modified" */
    static String line(int round, Instant start, List<FeedWatcher.FeedReport> reports) {
        int added = reports.stream().mapToInt(FeedWatcher.FeedReport::added).sum();
        int failed = reports.stream().mapToInt(FeedWatcher.FeedReport::failed).sum();
        long feedsFailed = reports.stream().filter(r -> r.status() == FeedWatcher.Status.FAILED).count();
        StringBuilder line = new StringBuilder().append(start.truncatedTo(ChronoUnit.SECONDS)).append(" poll ").append(round).append(": ")
                .append(added).append(added == 1 ? " new article, " : " new articles, ")
                .append(failed).append(failed == 1 ? " item" : " items").append(" failed, ")
                .append(reports.size()).append(reports.size() == 1 ? " feed" : " feeds")
                .append(feedsFailed == 0 ? "" : " (" + feedsFailed + " failed)");
        for (FeedWatcher.FeedReport r : reports) {
            line.append(" | ").append(r.feed()).append(": ").append(switch (r.status()) {
                case POLLED -> polled(r);
                case NOT_MODIFIED -> "not modified";
                case FAILED -> "failed (" + r.problem() + ")" + (r.retryAfter() == null ? "" : ", retry after " + r.retryAfter().truncatedTo(ChronoUnit.SECONDS));
                case WAITING -> "waiting until " + r.retryAfter().truncatedTo(ChronoUnit.SECONDS) + " (last: " + r.problem() + ")";
            });
        }
        return line.toString();
    }

    private static String polled(FeedWatcher.FeedReport r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.added() + " new");
        if (r.duplicates() > 0) {
            parts.add(r.duplicates() + " already stored");
        }
        parts.add(r.seen() + " seen before");
        if (r.failed() > 0) {
            parts.add(r.failed() + " failed (" + r.problem() + ")");
        }
        return String.join(", ", parts);
    }

    /** The feeds named: addresses, and the addresses listed in files; each once, in order. */
    static List<URI> feeds(List<String> sources) {
        Set<URI> feeds = new LinkedHashSet<>();
        for (String source : sources) {
            if (source.contains("://")) {
                feeds.add(address(source, source));
                continue;
            }
            Path file = Path.of(source);
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UserError(source + ": not a feed address (http:// or https://) nor a readable file of addresses");
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    feeds.add(address(line, source + ":" + (i + 1)));
                }
            }
        }
        if (feeds.isEmpty()) {
            throw new UserError(String.join(", ", sources) + ": no feed addresses");
        }
        return List.copyOf(feeds);
    }

    private static URI address(String text, String where) {
        return Outlets.webAddress(text).orElseThrow(() -> new UserError(where + ": '" + text + "' is not an http or https address"));
    }

    /** "30s", "15m", "1h", "1h30m", "0s": an interval, not negative. */
    static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                Duration d = Duration.parse("PT" + value.strip().toUpperCase(Locale.ROOT));
                if (d.isNegative()) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is negative");
                }
                return d;
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an interval (expected e.g. 30s, 15m, 1h, 1h30m)");
            }
        }

        static String format(Duration d) {
            return d.toString().substring(2).toLowerCase(Locale.ROOT);
        }
    }
}
