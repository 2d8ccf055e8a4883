package org.frontline.cli;

import com.google.common.collect.Iterators;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.IngestException;
import org.frontline.ingest.InputFiles;
import org.frontline.model.Article;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The articles named on a command line: files and directories expanded, each file read, every problem
 * reported on one line naming the file and the reason, and counted, so the run goes on and exits 1 at the end.
 */
final class InputArticles {
    private final ArticleReader reader;
    private final LocalDate published;
    private final PrintWriter err;
    private final AtomicInteger problems = new AtomicInteger();

    /** @param published overrides the publication date of every article when not null */
    InputArticles(long maxBytes, LocalDate published, PrintWriter err) {
        this(new ArticleReader(maxBytes), published, err);
    }

    InputArticles(ArticleReader reader, LocalDate published, PrintWriter err) {
        this.reader = reader;
        this.published = published;
        this.err = err;
    }

    List<Path> expand(List<Path> arguments) {
        InputFiles.Expansion expansion = InputFiles.expand(arguments);
        for (InputFiles.Problem p : expansion.problems()) {
            problem(p.path(), p.reason());
        }
        return expansion.files();
    }

    /**
     * The parts of the files, in order, read lazily: a file is a part, an archive a run of parts of a few dozen
     * pages each, so one large archive is extracted in parallel and in bounded memory.
     */
    Iterator<ArticleReader.Part> parts(List<Path> files) {
        // Guava's concat pulls each file's parts only as they are asked for (an iterator over Stream.flatMap would
        // fill a buffer with a whole archive's parts at once)
        return Iterators.concat(Iterators.transform(files.iterator(), reader::parts));
    }

    /** The articles of a part, or none after reporting why it cannot be read. Thread-safe. */
    List<Article> read(ArticleReader.Part part) {
        try {
            List<Article> articles = part.read();
            return published == null ? articles : articles.stream().map(a -> a.withPublished(published)).toList();
        } catch (IngestException e) {
            problem(part.file(), e.getMessage());
            return List.of();
        }
    }

    /**
     * As {@link #read(ArticleReader.Part)}, where an unexpected failure (a bug, not bad input) is told to
     * {@code failures} and the part gives no article, so the run goes on. Thread-safe.
     */
    List<Article> read(ArticleReader.Part part, ArticleFailures failures) {
        try {
            return read(part);
        } catch (RuntimeException e) {
            failures.failed(part.file(), e);
            return List.of();
        }
    }

    void problem(Path file, String reason) {
        problems.incrementAndGet();
        synchronized (err) {
            err.println("frontline: " + file + ": " + reason);
            err.flush();
        }
    }

    int problems() {
        return problems.get();
    }
}
