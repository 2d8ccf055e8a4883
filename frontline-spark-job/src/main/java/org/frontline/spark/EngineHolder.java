package org.frontline.spark;

import org.frontline.actors.ActorDictionary;
import org.frontline.extract.Engine;
import org.frontline.extract.Pipeline;
import org.frontline.ingest.ArticleReader;
import org.frontline.model.Article;
import org.frontline.model.Extraction;

import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The engine of an executor: loading the dictionary, the models and the gazetteer takes seconds, so each JVM
 * does it once, on first use, and every task on it shares the result (the engine is thread-safe).
 */
final class EngineHolder {
    /** What the engine is built from; shipped to the executors with each task. */
    record Settings(double minConfidence, boolean geocode, String gazetteer, long maxBytes) implements Serializable {
    }

    /** The reader and the engine of one set of settings. */
    record Loaded(ArticleReader reader, Function<Article, Extraction> extract) {
    }

    private static final Map<Settings, Loaded> LOADED = new HashMap<>();

    private EngineHolder() {
    }

    static synchronized Loaded get(Settings settings) {
        return LOADED.computeIfAbsent(settings, s -> new Loaded(new ArticleReader(s.maxBytes()),
                Engine.of(new Pipeline(ActorDictionary.loadDefault(), s.minConfidence()), s.geocode(),
                        s.gazetteer() == null ? null : Path.of(s.gazetteer()),
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8))));
    }
}
