package org.frontline.cli;

import me.tongfei.progressbar.ProgressBar;
import org.frontline.extract.Pipeline;
import org.frontline.ingest.InputFiles;
import org.frontline.model.Article;
import org.frontline.store.Ingester;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code frontline ingest}: pages and texts in, articles, events, relations and incidents kept in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts events from news pages and texts (" + InputFiles.SUPPORTED + ") and keeps them in the store,",
                "a transaction per batch of articles: an interrupted run keeps what it committed, and a re-run does the rest.",
                "An article already stored (same URL or same text) changes nothing. Incidents are relinked at the end.",
                "An article that fails on an unexpected error is reported one line and left out; the exit code is then 3."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    Geocoding geocoding;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories (read recursively)")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class,
            description = "publication date for every input, overriding what the pages say")
    LocalDate published;

    @Mixin
    ReadLimits limits;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputArticles inputs = new InputArticles(limits.reader(), published, err);
        ArticleFailures failures = ArticleFailures.of(spec);
        List<Path> files = inputs.expand(paths);
        try (Store store = database.open(); ProgressBar bar = Progress.bar("ingest", "articles", files.size())) {
            store.useWritingCache();
            Ingester ingester = new Ingester(store, geocoding.after(new Pipeline(), err), Ingester.engineVersion(), threads.count());
            Ingester.Summary summary = ingester.ingest(() -> inputs.parts(files), part -> {
                List<Article> articles = inputs.read(part, failures);
                synchronized (bar) { // the bar counts a file as one article until its last part: a feed or archive holds many, a bad file none
                    bar.maxHint(bar.getMax() + articles.size() - (part.last() ? 1 : 0));
                }
                return articles;
            }, outcome -> bar.step(), (part, article, error) -> {
                failures.failed(part.file(), article, error);
                bar.step();
            });
            bar.close();
            int incidents = summary.incidents() + store.incidents().update();
            reportStored(err, summary.added(), summary.duplicates(), incidents, store);
        } catch (StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
        return failures.exitCode(inputs.problems());
    }

    /** The last line of {@code ingest} and {@code load}. */
    static void reportStored(PrintWriter err, int added, int duplicates, int incidents, Store store) {
        err.printf("frontline: %d articles added, %d already stored; %d incidents linked or relinked in %s%n",
                added, duplicates, incidents, store.location());
    }
}
