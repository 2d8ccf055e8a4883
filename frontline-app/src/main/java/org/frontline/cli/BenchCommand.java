package org.frontline.cli;

import org.frontline.extract.Pipeline;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.model.Extraction;
import org.frontline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** {@code frontline bench}: throughput and memory of the engine's stages, measured on a corpus repeated. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: speed and memory on a real corpus.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Places.class, GeocodeBench.class, StoreBench.Ingest.class, StoreBench.Query.class,
                StoreBench.Link.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Extraction throughput: reads the corpus once, then extracts it repeated to --articles articles",
                    "on --threads threads; reports articles/s, sentences/s and the peak heap.",
                    "Run with FRONTLINE_JAVA_OPTS=-Xmx1g to check the memory goal."})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        BenchCorpus bench;

        @Option(names = "--articles", defaultValue = "10000", description = "articles to extract; default: ${DEFAULT-VALUE}")
        int articles;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<Article> corpus = bench.read(spec.commandLine().getErr());
            if (corpus.isEmpty()) {
                spec.commandLine().getErr().println("frontline: bench: no readable article in " + bench.describe());
                return 1;
            }
            int workers = bench.workers();
            Pipeline pipeline = new Pipeline();
            corpus.forEach(pipeline::extract); // warm-up: class loading and JIT, not measured
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

            AtomicLong events = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            long start = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int first = w;
                jobs.add(pool.submit(() -> {
                    for (int i = first; i < articles; i += workers) {
                        events.addAndGet(pipeline.extract(corpus.get(i % corpus.size())).events().size());
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();

            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf("corpus          %d articles (%d repeated)%n", corpus.size(), articles);
            out.printf("threads         %d%n", workers);
            out.printf("time            %.2f s%n", seconds);
            out.printf("throughput      %.0f articles/s%n", articles / seconds);
            out.printf("events          %d%n", events.get());
            out.printf("peak heap       %d MiB (max heap %d MiB)%n", peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            return 0;
        }
    }

    @Command(name = "places", mixinStandardHelpOptions = true,
            description = {"Gazetteer: time to build the default gazetteer and its index, heap it holds once loaded,",
                    "and place resolutions/s: the corpus is extracted once, then its extractions are geocoded",
                    "repeated until --resolutions place names are resolved, on --threads threads.",
                    "Run with FRONTLINE_JAVA_OPTS=-Xmx300m to check the memory goal."})
    static final class Places implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        BenchCorpus bench;

        @Option(names = "--resolutions", defaultValue = "200000", description = "place names to resolve; default: ${DEFAULT-VALUE}")
        int resolutions;

        @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
        Path dir;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            Gazetteer gazetteer = GazetteerLoader.load(dir == null ? GazetteerLoader.userDirectory() : dir, err);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long gazetteerHeap = usedHeap() - heapBefore;

            Pipeline pipeline = new Pipeline();
            List<Extraction> corpus = bench.read(err).stream().map(pipeline::extract)
                    .filter(x -> x.events().stream().anyMatch(e -> !e.places().isEmpty())).toList();
            if (corpus.isEmpty()) {
                err.println("frontline: bench: no article with places in " + bench.describe());
                return 1;
            }
            PlaceResolver resolver = new PlaceResolver(gazetteer);
            corpus.forEach(resolver::resolve); // warm-up: class loading and JIT, not measured
            int workers = bench.workers();
            AtomicLong resolved = new AtomicLong();
            AtomicLong names = new AtomicLong();
            AtomicLong cpuNanos = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            long t0 = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int first = w;
                jobs.add(pool.submit(() -> {
                    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    for (int i = first; names.get() < resolutions; i += workers) {
                        Extraction x = resolver.resolve(corpus.get(i % corpus.size()));
                        x.events().forEach(e -> e.places().forEach(p -> {
                            names.incrementAndGet();
                            resolved.addAndGet(p.resolved() ? 1 : 0);
                        }));
                    }
                    cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0);
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            out.printf("gazetteer       %d places, built in %.2f s%n", gazetteer.size(), buildSeconds);
            out.printf("gazetteer heap  %d MiB (max heap %d MiB)%n", gazetteerHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.printf("corpus          %d articles with places%n", corpus.size());
            out.printf("threads         %d%n", workers);
            out.printf("resolutions     %d place names in %.2f s, %d with coordinates%n", names.get(), seconds, resolved.get());
            out.printf("throughput      %.0f resolutions/s%n", names.get() / seconds);
            // on a machine shared with other work, wall time undercounts: CPU time tells what the cores would do alone
            out.printf("per core        %.0f resolutions per CPU-second (x%d cores = %.0f/s on an idle machine)%n",
                    names.get() / (cpuNanos.get() / 1e9), workers, workers * names.get() / (cpuNanos.get() / 1e9));
            return 0;
        }

        private static long usedHeap() {
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
    }
}
