package org.frontline.cli;

import org.frontline.extract.Pipeline;
import org.frontline.ingest.ArticleReader;
import org.frontline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
        subcommands = {BenchCommand.Extract.class, StoreBench.Ingest.class, StoreBench.Query.class, StoreBench.Link.class})
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

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "corpus files or directories")
        List<Path> paths;

        @Option(names = "--articles", defaultValue = "10000", description = "articles to extract; default: ${DEFAULT-VALUE}")
        int articles;

        @Option(names = "--threads", description = "worker threads; default: the number of cores")
        Integer threads;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            InputArticles inputs = new InputArticles(ArticleReader.DEFAULT_MAX_BYTES, null, spec.commandLine().getErr());
            List<Article> corpus = inputs.expand(paths).stream().flatMap(f -> inputs.read(f).stream()).toList();
            if (corpus.isEmpty()) {
                spec.commandLine().getErr().println("frontline: bench: no readable article in " + paths);
                return 1;
            }
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
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
}
