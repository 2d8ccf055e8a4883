package org.frontline.store;

import org.frontline.extract.InOrder;
import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.Extraction;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the pipeline over inputs and stores what it finds: inputs are read and extracted on worker threads,
 * and written by one writer thread in input order, a batch of articles per transaction, so that a killed run
 * keeps every batch it committed and a re-run skips those articles (they are duplicates) and does the rest.
 */
public final class Ingester {
    private final Store store;
    private final Function<Article, Extraction> extract;
    private final String engineVersion;
    private final int threads;

    /** Articles committed per transaction by {@code ingest}. */
    public static final int BATCH = 64;

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

    /**
     * What a run did.
     *
     * @param incidents the incidents written with the added articles: one for each event that can join no other
     *                  (without a date or an actor); the others are linked by {@link Incidents#update()} after the run
     */
    public record Summary(int added, int duplicates, int incidents) {
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
     * Told of an article that failed on an unexpected error (a bug, not bad input) while it was extracted or
     * stored; the run goes on without it. Called on worker threads and on the calling thread.
     */
    @FunctionalInterface
    public interface Failures<T> {
        void failed(T input, Article article, RuntimeException error);
    }

    /**
     * Reads, extracts and stores the articles of each input, pulled from {@code inputs} a window ahead of the
     * writer; an unexpected failure of one article ends the run (the articles committed before it are kept).
     *
     * @param read     an input's articles (empty after reporting a problem with it); called on worker threads
     * @param progress told each article's outcome, on the calling thread
     */
    public <T> Summary ingest(Iterable<T> inputs, Function<T, List<Article>> read, Consumer<Articles.Outcome> progress) {
        return ingest(inputs, read, progress, (input, article, error) -> {
            throw error;
        });
    }

    /**
     * As {@link #ingest(Iterable, Function, Consumer)}, where an article that fails on an unexpected error while
     * it is extracted or written is told to {@code failures} and left out, and the run goes on. Articles are
     * committed {@value #BATCH} at a time (each under a savepoint, so one failing article is rolled back alone):
     * a killed run keeps every batch it committed, and a re-run skips those articles and does the rest.
     */
    public <T> Summary ingest(Iterable<T> inputs, Function<T, List<Article>> read, Consumer<Articles.Outcome> progress,
                              Failures<T> failures) {
        int[] counts = new int[2];
        int[] incidents = new int[1];
        List<Found<T>> batch = new ArrayList<>(BATCH);
        try (Committer<T> committer = new Committer<>(store.articles(), engineVersion, (found, r) -> {
            if (r.failure() != null) {
                failures.failed(found.input(), found.pending().extraction().article(), r.failure());
            } else {
                counts[r.outcome().ordinal()]++;
                if (r.outcome() == Articles.Outcome.ADDED) {
                    incidents[0] += Incidents.writtenWith(found.pending().extraction());
                }
                progress.accept(r.outcome());
            }
        })) {
            // fingerprints are computed on the workers too: the writer thread only writes
            inOrder(inputs.iterator(), input -> {
                List<Found<T>> found = new ArrayList<>();
                for (Article a : read.apply(input)) {
                    try {
                        found.add(new Found<>(input, new Articles.Pending(extract.apply(a), TextFingerprint.of(a.fullText()))));
                    } catch (RuntimeException e) {
                        failures.failed(input, a, e);
                    }
                }
                return found;
            }, found -> {
                batch.addAll(found);
                if (batch.size() >= BATCH) {
                    committer.commit(List.copyOf(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                committer.commit(List.copyOf(batch));
            }
            committer.finish();
        }
        return new Summary(counts[Articles.Outcome.ADDED.ordinal()], counts[Articles.Outcome.DUPLICATE.ordinal()], incidents[0]);
    }

    /**
     * Commits batches on a thread of its own, one at a time and in order, while the calling thread goes on handing
     * inputs to the workers: a batch's commit took long enough (tens of ms) that the workers, a short window ahead,
     * waited for it. The store's connection is used by this thread alone while a batch is committing; each batch's
     * results are told on the calling thread when the next batch is handed over, or at {@link #finish()}.
     */
    private static final class Committer<T> implements AutoCloseable {
        private final Articles articles;
        private final String engineVersion;
        private final BiConsumer<Found<T>, Articles.Result> told;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ingest-writer");
            t.setDaemon(true);
            return t;
        });
        private List<Found<T>> committing = List.of();
        private Future<List<Articles.Result>> results;

        Committer(Articles articles, String engineVersion, BiConsumer<Found<T>, Articles.Result> told) {
            this.articles = articles;
            this.engineVersion = engineVersion;
            this.told = told;
        }

        void commit(List<Found<T>> batch) {
            finish();
            committing = batch;
            results = thread.submit(() -> articles.addAll(batch.stream().map(Found::pending).toList(), engineVersion));
        }

        /** Waits for the batch committing, if any, and tells its results; its failure (a database error) is thrown here. */
        void finish() {
            if (results == null) {
                return;
            }
            List<Articles.Result> done;
            try {
                done = results.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted; every article stored so far is kept", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                results = null;
            }
            for (int i = 0; i < done.size(); i++) {
                told.accept(committing.get(i), done.get(i));
            }
        }

        /** After a failure elsewhere: lets the batch committing end (the caller closes the store next), then stops the thread. */
        @Override
        public void close() {
            try {
                if (results != null) {
                    try {
                        results.get();
                    } catch (ExecutionException ignored) {
                        // the run is already failing on another error, which is the one reported
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            } finally {
                thread.shutdownNow();
            }
        }
    }

    /** Runs the pipeline again over stored articles, replacing their events and relations, one transaction each. */
    public void reextract(List<String> articleIds, Runnable progress) {
        reextract(articleIds, progress, (id, article, error) -> {
            throw error;
        });
    }

    /**
     * As {@link #reextract(List, Runnable)}, where an article whose extraction or writing fails on an unexpected
     * error is told to {@code failures} and keeps what it had; the run goes on.
     */
    public void reextract(List<String> articleIds, Runnable progress, Failures<String> failures) {
        Articles articles = store.articles();
        // reads go through the store's one connection: the in-order runner pulls inputs on this thread, a window ahead
        Iterator<Article> loaded = articleIds.stream().map(articles::get).flatMap(Optional::stream).iterator();
        inOrder(loaded, a -> {
            try {
                return Optional.of(extract.apply(a));
            } catch (RuntimeException e) {
                failures.failed(a.id(), a, e);
                return Optional.<Extraction>empty();
            }
        }, x -> {
            if (x.isPresent()) {
                try {
                    articles.replace(x.get().article().id(), x.get(), engineVersion);
                } catch (StoreException e) {
                    throw e;
                } catch (RuntimeException e) {
                    failures.failed(x.get().article().id(), x.get().article(), e); // rolled back: the article keeps what it had
                }
            }
            progress.run();
        });
    }

    /** An article found in an input, to be stored. */
    private record Found<T>(T input, Articles.Pending pending) {
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
