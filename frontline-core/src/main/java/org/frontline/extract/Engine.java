package org.frontline.extract;

import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.model.Article;
import org.frontline.model.Extraction;

import java.io.PrintWriter;
import java.nio.file.Path;
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
        PlaceResolver resolver = new PlaceResolver(GazetteerLoader.load(userGazetteer, err));
        return article -> resolver.resolve(pipeline.extract(article));
    }
}
