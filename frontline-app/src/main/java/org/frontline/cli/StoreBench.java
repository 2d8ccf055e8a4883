package org.frontline.cli;

import me.tongfei.progressbar.ProgressBar;
import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.Extraction;
import org.frontline.store.EventQuery;
import org.frontline.store.Incident;
import org.frontline.store.IncidentLinker;
import org.frontline.store.Ingester;
import org.frontline.store.LatLon;
import org.frontline.store.Report;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.store.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Benchmarks of the store: ingest throughput, query latency over a large store, incident linking at scale. */
final class StoreBench {
    private StoreBench() {
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Ingest throughput into a new SQLite store, extraction and geocoding included: the corpus repeated to --articles",
                    "articles, each copy with its own id, address and a changed sentence so that none is a duplicate."})
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        BenchCorpus bench;

        /** The same geocoding stage as {@code ingest}, so that the bench measures what a user's ingest does. */
        @Mixin
        Geocoding geocoding;

        @Option(names = "--articles", defaultValue = "3000", description = "articles to ingest; default: ${DEFAULT-VALUE}")
        int articles;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Article> corpus = bench.read(spec.commandLine().getErr());
            if (corpus.isEmpty()) {
                spec.commandLine().getErr().println("frontline: bench: no readable article in " + bench.describe());
                return 1;
            }
            Function<Article, Extraction> extract = geocoding.after(new Pipeline(), spec.commandLine().getErr());
            corpus.forEach(extract::apply); // warm-up: class loading and JIT, not measured
            Path dir = Files.createTempDirectory("frontline-bench");
            Path db = dir.resolve("bench.db");
            try (Store store = Store.open(db.toString()); ProgressBar bar = Progress.bar("bench ingest", "articles", articles)) {
                long start = System.nanoTime();
                Ingester.Summary summary = new Ingester(store, extract, "bench", bench.workers())
                        .ingest(IntStream.range(0, articles).boxed().toList(), i -> List.of(copy(corpus.get(i % corpus.size()), i)), o -> bar.step());
                double seconds = (System.nanoTime() - start) / 1e9;
                bar.close();
                long linkStart = System.nanoTime();
                int incidents = store.incidents().rebuild();
                double linkSeconds = (System.nanoTime() - linkStart) / 1e9;
                out.printf("corpus          %d articles (%d ingested, %d duplicates)%n", corpus.size(), summary.added(), summary.duplicates());
                out.printf("threads         %d%n", bench.workers());
                out.printf("time            %.2f s%n", seconds);
                out.printf("throughput      %.0f articles/s (extraction and storage, a transaction per batch of articles)%n", articles / seconds);
                out.printf("events          %d%n", Tables.count(store, "events"));
                out.printf("incidents       %d linked in %.2f s%n", incidents, linkSeconds);
                out.printf("database        %.1f MB%n", Files.size(db) / 1e6);
                out.printf("storage alone   %.0f articles/s (the same articles extracted beforehand, written to another new store)%n",
                        storageAlone(dir.resolve("storage.db"), extract, corpus));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
            return 0;
        }

        /** The writer's share: articles per second stored, extraction done before the clock starts. */
        private double storageAlone(Path db, Function<Article, Extraction> extract, List<Article> corpus) {
            List<Extraction> extracted = IntStream.range(0, articles).parallel()
                    .mapToObj(i -> extract.apply(copy(corpus.get(i % corpus.size()), i))).toList();
            try (Store store = Store.open(db.toString())) {
                long start = System.nanoTime();
                extracted.forEach(x -> store.articles().add(x, "bench"));
                return articles / ((System.nanoTime() - start) / 1e9);
            }
        }

        private static Article copy(Article a, int i) {
            return new Article(a.id() + "-" + i, a.url() == null ? null : a.url() + "#copy-" + i, a.source(), a.published(), a.title(),
                    a.text() + "\n\nBench copy number " + i + ".");
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true,
            description = {"Events query latency by time range and area over a store of --events made-up events;",
                    "the store is filled once and reused while it holds enough events."})
    static final class Query implements Callable<Integer> {
        private static final int EVENTS_PER_ARTICLE = 50;

        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "FILE|JDBC-URL", description = "the store to fill and query; default: frontline-bench-query.db in the temporary directory")
        String db;

        @Option(names = "--events", defaultValue = "1000000", description = "events in the store; default: ${DEFAULT-VALUE}")
        int events;

        @Option(names = "--queries", defaultValue = "100", description = "queries to time; default: ${DEFAULT-VALUE}")
        int queries;

        @Option(names = "--days", defaultValue = "30", description = "time range of each query; default: ${DEFAULT-VALUE}")
        int days;

        @Option(names = "--km", defaultValue = "25", description = "radius of each query; default: ${DEFAULT-VALUE}")
        double km;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String location = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"), "frontline-bench-query.db").toString();
            SyntheticEvents synthetic = new SyntheticEvents(42);
            try (Store store = Store.open(location)) {
                long stored = Tables.count(store, "events");
                if (stored < events) {
                    int articles = (int) ((events - stored + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE);
                    long first = store.articles().count();
                    try (ProgressBar bar = Progress.bar("fill", "events", (long) articles * EVENTS_PER_ARTICLE)) {
                        for (int i = 0; i < articles; i++) {
                            store.articles().add(synthetic.article((int) (first + i), EVENTS_PER_ARTICLE), "bench");
                            bar.stepBy(EVENTS_PER_ARTICLE);
                        }
                    }
                    stored = Tables.count(store, "events");
                }
                double[] millis = new double[queries];
                long found = 0;
                for (int q = -queries / 10; q < queries; q++) { // the first tenth warms up, not measured
                    LocalDate from = synthetic.randomDay();
                    var place = synthetic.randomPlace();
                    EventQuery query = EventQuery.all().between(from, from.plusDays(days - 1)).within(new LatLon(place.lat(), place.lon()), km);
                    long start = System.nanoTime();
                    int n = store.events().find(query).size();
                    if (q >= 0) {
                        millis[q] = (System.nanoTime() - start) / 1e6;
                        found += n;
                    }
                }
                Arrays.sort(millis);
                out.printf("store           %s (%s)%n", location, store.dialect());
                out.printf("events          %d%n", stored);
                out.printf("queries         %d, each %d days and %.0f km around a place%n", queries, days, km);
                out.printf("found           %.1f events per query%n", found / (double) queries);
                out.printf("latency         median %.1f ms, p95 %.1f ms, max %.1f ms%n", millis[queries / 2],
                        millis[(int) Math.min(queries - 1, Math.ceil(queries * 0.95) - 1)], millis[queries - 1]);
                return 0;
            } catch (StoreException e) {
                spec.commandLine().getErr().println("frontline: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Incident linking time at growing numbers of made-up reports, to show that it stays near-linear.")
    static final class Link implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", description = "numbers of reports; default: ${DEFAULT-VALUE}")
        List<Integer> sizes;

        @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
                description = "also time rebuilding the incidents of this store (reading events, linking, writing incidents)")
        String db;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (db != null) {
                try (Store store = Store.open(db)) {
                    long start = System.nanoTime();
                    int incidents = store.incidents().rebuild();
                    out.printf("store rebuild   %d events into %d incidents in %.1f s%n", Tables.count(store, "events"), incidents,
                            (System.nanoTime() - start) / 1e9);
                } catch (StoreException e) {
                    spec.commandLine().getErr().println("frontline: " + e.getMessage());
                    return 1;
                }
            }
            IncidentLinker linker = new IncidentLinker(article -> null);
            linker.link(new SyntheticEvents(1).reports(20_000)); // warm-up
            out.printf("%10s  %10s  %10s  %12s%n", "reports", "incidents", "seconds", "µs/report");
            for (int size : sizes) {
                List<Report> reports = new SyntheticEvents(size).reports(size);
                long start = System.nanoTime();
                List<Incident> incidents = linker.link(new ArrayList<>(reports));
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("%10d  %10d  %10.3f  %12.2f%n", reports.size(), incidents.size(), seconds, seconds * 1e6 / reports.size());
                out.flush();
            }
            return 0;
        }
    }
}
