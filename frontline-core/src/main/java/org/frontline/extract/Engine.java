package org.frontline.extract;

import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.model.Article;
import org.frontline.model.Extraction;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * What every command that extracts runs on an article ({@code extract}, {@code ingest}, {@code reextract},
 * the Spark job): the pipeline, then the gazetteer places the names, so that all of them give the same events
 * with the same coordinates.
 */
public final class Engine {
    private Engine() {
    }

    /**
     * Article to extraction. Thread-safe.
     *
     * @param geocode       false leaves places without coordinates (and skips loading the gazetteer)
     * @param userGazetteer the user gazetteer directory merged with the shipped places; null for the default one
     * @param err           where problems with the user gazetteer's files are reported
     */
    public static Function<Article, Extraction> of(Pipeline pipeline, boolean geocode, Path userGazetteer, PrintWriter err) {
        if (!geocode) {
            return pipeline::extract;
        }
        // the gazetteer (a few seconds of one core) is built on a thread of its own while the workers start
        // extracting: each waits for it only to place its first article's names
        FutureTask<PlaceResolver> resolver = new FutureTask<>(() -> new PlaceResolver(GazetteerLoader.load(userGazetteer, err)));
        Thread loader = new Thread(resolver, "gazetteer-loader");
        loader.setDaemon(true);
        loader.start();
        return article -> {
            Extraction extraction = pipeline.extract(article);
            return loaded(resolver).resolve(extraction);
        };
    }

    private static PlaceResolver loaded(FutureTask<PlaceResolver> resolver) {
        try {
            return resolver.get();
        } catch (ExecutionException e) {
            // not one article's failure but the engine's: an Error, so that no run goes on without its places
            throw new GazetteerUnavailable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the gazetteer", e);
        }
    }

    /** The gazetteer could not be built: no article can be placed, so the run ends. */
    static final class GazetteerUnavailable extends Error {
        GazetteerUnavailable(Throwable cause) {
            super("cannot build the gazetteer: " + cause, cause);
        }
    }
}
