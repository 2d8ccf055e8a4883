package org.frontline.cli;

import me.tongfei.progressbar.ProgressBar;
import org.frontline.extract.Pipeline;
import org.frontline.store.Ingester;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code frontline reextract}: the current engine over stored articles, without reading the files again. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Runs the extraction again over the stored articles (after an engine upgrade) and replaces their",
                "events and relations, one transaction per article; then relinks incidents.",
                "An article that fails on an unexpected error is reported one line and keeps what it had; the exit code is then 3."})
final class ReextractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    Geocoding geocoding;

    @Option(names = "--outdated", description = "only the articles an engine version other than this one extracted")
    boolean outdated;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ArticleFailures failures = ArticleFailures.of(spec);
        try (Store store = database.open()) {
            store.useWritingCache();
            List<String> ids = outdated ? store.articles().idsNotExtractedBy(Ingester.engineVersion()) : store.articles().ids();
            try (ProgressBar bar = Progress.bar("reextract", "articles", ids.size())) {
                new Ingester(store, geocoding.after(new Pipeline(), err), Ingester.engineVersion(), threads.count())
                        .reextract(ids, bar::step, (id, article, error) -> failures.failedStored(id, error));
            }
            int incidents = store.incidents().rebuild();
            err.printf("frontline: %d articles re-extracted; %d incidents in %s%n", ids.size() - failures.count(), incidents, store.location());
            return failures.exitCode(0);
        } catch (StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }
}
