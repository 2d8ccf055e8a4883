package org.frontline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import me.tongfei.progressbar.ProgressBar;
import org.frontline.actors.ActorDictionary;
import org.frontline.extract.EventLines;
import org.frontline.extract.GoldFormat;
import org.frontline.extract.InOrder;
import org.frontline.extract.Pipeline;
import org.frontline.ingest.InputFiles;
import org.frontline.model.Article;
import org.frontline.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code frontline extract}: pages and texts in, events and relations out, each tied to its sentence. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events and relations from news pages and texts (" + InputFiles.SUPPORTED + ").",
                "Results are written as each file is done, in input order (files in name order within a directory).",
                "Bad files are reported one line each and skipped; the exit code is then 1.",
                "An article that fails on an unexpected error is reported one line and left out; the exit code is then 3."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, JSONL, GOLD }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories (read recursively)")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "write here: one file per article (<id>.json, or <id>.txt for text) or extractions.jsonl; default: standard output")
    Path out;

    @Option(names = "--format", defaultValue = "text", description = "text (a line per event, to read), json (with provenance and confidence), jsonl, or gold (the evaluation format); default: text")
    Format format;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class,
            description = "publication date for every input, overriding what the pages say; relative dates resolve against it")
    LocalDate published;

    @Mixin
    ReadLimits limits;

    @Option(names = "--min-confidence", defaultValue = "" + Pipeline.DEFAULT_MIN_CONFIDENCE, description = "report events at least this sure; default: ${DEFAULT-VALUE}")
    double minConfidence;

    @Option(names = "--actors", paramLabel = "FILE", description = "an actor dictionary to use instead of the built-in one (same format)")
    Path actors;

    @Mixin
    Geocoding geocoding;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads.count();
        InputArticles inputs = new InputArticles(limits.reader(), published, err);
        ArticleFailures failures = ArticleFailures.of(spec);
        Pipeline pipeline = new Pipeline(actors == null ? ActorDictionary.loadDefault() : ActorDictionary.load(actors), minConfidence);
        Function<Article, Extraction> extract = geocoding.after(pipeline, err);
        List<Path> files = inputs.expand(paths);
        if (out != null) {
            Files.createDirectories(out);
        }
        ObjectWriter writer = format == Format.JSONL ? GoldFormat.mapper().writer() : GoldFormat.mapper().writerWithDefaultPrettyPrinter();
        int events = 0;
        try (Output output = new Output(out, format, spec.commandLine().getOut());
             ProgressBar bar = Progress.bar("extract", "files", files.size())) {
            // read, extract and render on the workers; written here, in input order, as soon as each is done
            int[] written = {0};
            InOrder.run(inputs.parts(files), workers, "extract-worker",
                    part -> new RenderedPart(part.last(), inputs.read(part, failures).stream()
                            .flatMap(a -> failures.attempt(part.file(), a, () -> render(extract.apply(a), writer)).stream()).toList()),
                    part -> {
                        for (Rendered r : part.rendered()) {
                            output.write(r.id(), r.text());
                            written[0] += r.events();
                        }
                        if (part.endsFile()) {
                            bar.step();
                        }
                    });
            events = written[0];
        }
        if (out != null) {
            err.printf("frontline: %d files read, %d events written to %s%n", files.size(), events, out);
        }
        return failures.exitCode(inputs.problems());
    }

    /** An extraction as it will be written. */
    private record Rendered(String id, String text, int events) {
    }

    /** The extractions of a part of a file (a whole file, or a run of an archive's pages). */
    private record RenderedPart(boolean endsFile, List<Rendered> rendered) {
    }

    private Rendered render(Extraction x, ObjectWriter writer) {
        String text;
        if (format == Format.TEXT) {
            text = EventLines.format(x);
        } else {
            try {
                text = writer.writeValueAsString(format == Format.GOLD ? GoldFormat.gold(x) : GoldFormat.full(x));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("cannot write the extraction of " + x.article().id() + " as JSON", e);
            }
        }
        return new Rendered(x.article().id(), text, x.events().size());
    }

    /** Where extractions go: standard output, one file per article, or one JSON-lines file. */
    private static final class Output implements AutoCloseable {
        private final Path dir;
        private final Format format;
        private final PrintWriter stdout;
        private final BufferedWriter lines;

        Output(Path dir, Format format, PrintWriter stdout) throws IOException {
            this.dir = dir;
            this.format = format;
            this.stdout = stdout;
            this.lines = dir != null && format == Format.JSONL
                    ? Files.newBufferedWriter(dir.resolve("extractions.jsonl"), StandardCharsets.UTF_8) : null;
        }

        void write(String id, String json) {
            try {
                if (dir == null) {
                    stdout.println(json);
                } else if (lines != null) {
                    lines.write(json);
                    lines.newLine();
                } else {
                    Files.writeString(dir.resolve(id + (format == Format.TEXT ? ".txt" : ".json")), json + "\n", StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the extraction of " + id, e);
            }
        }

        @Override
        public void close() throws IOException {
            if (lines != null) {
                lines.close();
            }
            stdout.flush();
        }
    }
}
