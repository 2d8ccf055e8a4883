package org.frontline.store;

import org.frontline.extract.InOrder;
import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.Extraction;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the pipeline over inputs and stores what it finds: inputs are read and extracted on worker threads,
 * and written by the calling thread in input order, one transaction per article, so that a killed run keeps
 * every article it committed and a re-run skips them (they are duplicates) and does the rest.
 */
public final class Ingester {
    private final Store store;
    private final Function<Article, Extraction> extract;
    private final String engineVersion;
    private final int threads;

    public Ingester(Store store, Pipeline pipeline, String engineVersion, int threads) {
        this(store, pipeline::extract, engineVersion, threads);
    }

    /**
     * @param extract the article's extraction: the pipeline, with later stages such as geocoding; called on worker threads
     */
    public Ingester(Store store, Function<Article, Extraction> extract, String engineVersion, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.store = store;
        this.extract = extract;
        this.engineVersion = engineVersion;
        this.threads = threads;
    }

    /** What a run did. */
    public record Summary(int added, int duplicates) {
        public int articles() {
            return added + duplicates;
        }
    }

    /** The version written with each extraction; a new engine version re-extracts with {@code reextract}. */
    public static String engineVersion() {
        String v = Pipeline.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * Reads, extracts and stores the articles of each input, pulled from {@code inputs} a window ahead of the writer.
     *
     * @param read     an input's articles (empty after reporting a problem with it); called on worker threads
     * @param progress told each article's outcome, on the calling thread
     */
    public <T> Summary ingest(Iterable<T> inputs, Function<T, List<Article>> read, Consumer<Articles.Outcome> progress) {
        Articles articles = store.articles();
        int[] counts = new int[2];
        // fingerprints are computed on the workers too: the writer thread only writes
        inOrder(inputs.iterator(), input -> read.apply(input).stream().map(a -> new Found(extract.apply(a), TextFingerprint.of(a.fullText()))).toList(), found -> {
            for (Found x : found) {
                Articles.Outcome outcome = articles.add(x.extraction(), x.fingerprint(), engineVersion);
                counts[outcome.ordinal()]++;
                progress.accept(outcome);
            }
        });
        return new Summary(counts[Articles.Outcome.ADDED.ordinal()], counts[Articles.Outcome.DUPLICATE.ordinal()]);
    }

    /** Runs the pipeline again over stored articles, replacing their events and relations, one transaction each. */
    public void reextract(List<String> articleIds, Runnable progress) {
        Articles articles = store.articles();
        // reads go through the store's one connection: the in-order runner pulls inputs on this thread, a window ahead
        Iterator<Article> loaded = articleIds.stream().map(articles::get).flatMap(Optional::stream).iterator();
        inOrder(loaded, extract, x -> {
            articles.replace(x.article().id(), x, engineVersion);
            progress.run();
        });
    }

    private record Found(Extraction extraction, TextFingerprint fingerprint) {
    }

    private <T, R> void inOrder(Iterator<T> inputs, Function<T, R> work, Consumer<R> write) {
        try {
            InOrder.run(inputs, threads, "ingest-worker", work, write);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted; every article stored so far is kept", e);
        }
    }
}
