package org.frontline.cli;

import org.frontline.ingest.ArticleReader;
import org.frontline.model.Article;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every benchmark reads: a corpus of files or directories, and how many threads work on it. */
final class BenchCorpus {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "corpus files or directories")
    List<Path> paths;

    @Mixin
    ThreadsOption threads;

    /** The corpus's readable articles; problems with files are reported to {@code err} one line each. */
    List<Article> read(PrintWriter err) {
        InputArticles inputs = new InputArticles(ArticleReader.DEFAULT_MAX_BYTES, null, err);
        List<Article> articles = new ArrayList<>();
        inputs.parts(inputs.expand(paths)).forEachRemaining(part -> articles.addAll(inputs.read(part)));
        return articles;
    }

    int workers() {
        return threads.count();
    }

    String describe() {
        return paths.toString();
    }
}
