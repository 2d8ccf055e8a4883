package org.frontline.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work over inputs on a small pool and hands each result to the calling thread in input order, as soon
 * as it and all before it are done. At most {@code threads * AHEAD_PER_THREAD} inputs are in flight, so memory
 * is bounded by the work in flight, not by the number of inputs: a million files stream through as ten do.
 * Used by {@code extract} to write and by the store's ingester to commit, so both keep the input order.
 */
public final class InOrder {
    /** Inputs started ahead of the writer per worker: enough to keep workers busy past a slow one, few enough to bound memory. */
    public static final int AHEAD_PER_THREAD = 8;

    private InOrder() {
    }

    /**
     * @param work  called on the pool's threads
     * @param write called on the calling thread, in input order
     * @throws InterruptedException when the calling thread is interrupted; the results written so far stay written
     * @throws RuntimeException     the first failure of {@code work} (in input order) or of {@code write}; the
     *                              results before it have been written
     */
    public static <T, R> void run(Iterator<T> inputs, int threads, String name, Function<T, R> work, Consumer<R> write)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> ahead = new ArrayDeque<>();
            while (inputs.hasNext() || !ahead.isEmpty()) {
                while (inputs.hasNext() && ahead.size() < threads * AHEAD_PER_THREAD) {
                    T input = inputs.next();
                    ahead.add(pool.submit(() -> work.apply(input)));
                }
                write.accept(ahead.removeFirst().get());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
