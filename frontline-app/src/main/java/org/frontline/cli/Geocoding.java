package org.frontline.cli;

import org.frontline.extract.Engine;
import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.Extraction;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The geocoding stage after the pipeline and its options, shared by {@code extract}, {@code ingest} and
 * {@code reextract}, so that stored events get the same coordinates as extracted ones. Not final: the tests put a
 * failing stage here to see that one failing article does not end a run.
 */
class Geocoding {
    @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory merged with the shipped places; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
    Path gazetteer;

    @Option(names = "--no-geocode", description = "leave places without coordinates (skips loading the gazetteer)")
    boolean noGeocode;

    /** Article to extraction: the pipeline, then (unless {@code --no-geocode}) the gazetteer places the names. Thread-safe. */
    Function<Article, Extraction> after(Pipeline pipeline, PrintWriter err) {
        return Engine.of(pipeline, !noGeocode, gazetteer, err);
    }
}
