package org.frontline.cli;

import org.frontline.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The articles and files of a run that failed on an unexpected error (a bug, not bad input), while the run goes on
 * without them: each is one line naming it and where its full report was written, by the same mechanism as an
 * unexpected error that ends a command, and counted, so the run exits {@value #EXIT_CODE} at the end. Thread-safe:
 * the workers report as they fail.
 */
final class ArticleFailures {
    /** The exit status of a run that finished, but without the articles that failed unexpectedly. */
    static final int EXIT_CODE = 3;
    /** Reports written per run: enough to debug, few enough that a bug failing every article does not fill the disk. */
    static final int MAX_REPORTS = 10;

    private final UnexpectedErrors errors;
    private final String command;
    private final List<String> args;
    private final PrintWriter err;
    private final AtomicInteger count = new AtomicInteger();

    private ArticleFailures(UnexpectedErrors errors, String command, List<String> args, PrintWriter err) {
        this.errors = errors;
        this.command = command;
        this.args = args;
        this.err = err;
    }

    /** The failures of the command now running, reported as its top-level handler reports an unexpected error. */
    static ArticleFailures of(CommandSpec spec) {
        CommandLine root = spec.root().commandLine();
        UnexpectedErrors errors = root.getExecutionExceptionHandler() instanceof UnexpectedErrors u
                ? u : new UnexpectedErrors(new boolean[1], UnexpectedErrors.reportDirectory());
        List<String> args = root.getParseResult() == null ? List.of(spec.qualifiedName()) : root.getParseResult().originalArgs();
        return new ArticleFailures(errors, spec.qualifiedName(), args, spec.commandLine().getErr());
    }

    /** An article of {@code file} failed to be extracted or stored. */
    void failed(Path file, Article article, RuntimeException e) {
        report(file + ": article " + article.id() + (article.url() == null ? "" : " (" + article.url() + ")"), e);
    }

    /** What {@code work} on an article of {@code file} gives, or nothing after reporting its failure. */
    <R> Optional<R> attempt(Path file, Article article, Supplier<R> work) {
        try {
            return Optional.of(work.get());
        } catch (RuntimeException e) {
            failed(file, article, e);
            return Optional.empty();
        }
    }

    /** A stored article failed to be extracted again. */
    void failedStored(String articleId, RuntimeException e) {
        report("article " + articleId, e);
    }

    /** A file, or a part of an archive, failed to be read. */
    void failed(Path file, RuntimeException e) {
        report(file.toString(), e);
    }

    private void report(String what, RuntimeException e) {
        int n = count.incrementAndGet();
        String report = UnexpectedErrors.report(e, args, what);
        String where = n <= MAX_REPORTS ? errors.written(report) : "no report written (" + MAX_REPORTS + " written already in this run)";
        synchronized (err) {
            err.println(command + ": " + what + ": unexpected " + UnexpectedErrors.describe(e) + "; " + where + "; the run goes on");
            if (errors.verbose()) {
                err.print(report);
            }
            err.flush();
        }
    }

    int count() {
        return count.get();
    }

    /**
     * The exit status at the end of a run: {@value #EXIT_CODE} when articles failed unexpectedly, else 1 when
     * inputs were bad, else 0; with a last line that counts the failures.
     */
    int exitCode(int problems) {
        if (count() > 0) {
            synchronized (err) {
                err.printf("%s: %d %s failed on an unexpected error and %s left out; the rest is done%n", command, count(),
                        count() == 1 ? "article or file" : "articles or files", count() == 1 ? "was" : "were");
                err.flush();
            }
            return EXIT_CODE;
        }
        return problems == 0 ? 0 : 1;
    }
}
