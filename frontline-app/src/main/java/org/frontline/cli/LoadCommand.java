package org.frontline.cli;

import me.tongfei.progressbar.ProgressBar;
import org.frontline.store.ExtractionTables;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code frontline load}: the output of {@code frontline-spark extract} into the store, as {@code ingest} stores it. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Stores the tables written by 'frontline-spark extract --format jsonl' (DIR/articles/, DIR/events/,",
                "DIR/relations/) as 'ingest' stores articles: one transaction per article, an article already stored",
                "(same URL or same text) changes nothing, so loading twice adds nothing. Incidents are relinked at the end."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "DIR", description = "the --out directory of frontline-spark extract")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = database.open(); ProgressBar bar = Progress.bar("load", "articles", ExtractionTables.countArticles(dir))) {
            ExtractionTables.LoadSummary summary = ExtractionTables.load(dir, store, outcome -> bar.step());
            bar.close();
            IngestCommand.reportStored(err, summary.added(), summary.duplicates(), summary.incidents(), store);
            return 0;
        } catch (StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }
}
