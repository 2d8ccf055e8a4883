package org.frontline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure of a command: one line on standard error, the full report in a log file. */
class UnexpectedErrorsTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = FrontlineCommand.commandLine(tmp.resolve("reports"));
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** {@code --out} naming a file, not a directory: the command fails where it creates the directory. */
    private String[] failing(String... more) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        Path page = Files.copy(Path.of("..", "samples", "border-villages.html"), tmp.resolve("page.html"));
        return Stream.concat(Stream.of("extract", page.toString(), "--no-geocode", "--out", file.toString()), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void oneLineNamesWhatFailedWhereAndTheReport() throws Exception {
        assertThat(run(failing())).isEqualTo(70);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("frontline extract: unexpected java.nio.file.FileAlreadyExistsException")
                .contains("not-a-dir").contains("ExtractCommand.call(ExtractCommand.java:").contains("full report in " + tmp.resolve("reports"))
                .endsWith("--verbose prints it here");
        try (Stream<Path> reports = Files.list(tmp.resolve("reports"))) {
            String report = Files.readString(reports.findFirst().orElseThrow());
            assertThat(report).startsWith("frontline extract ").contains("FileAlreadyExistsException").contains("\tat org.frontline.cli.ExtractCommand.call");
        }
    }

    @Test
    void verboseAfterTheSubcommandPrintsTheTrace() throws Exception {
        assertThat(run(failing("--verbose"))).isEqualTo(70);
        assertThat(err.toString().lines().count()).isGreaterThan(3);
        assertThat(err.toString()).contains("\tat org.frontline.cli.ExtractCommand.call").doesNotContain("--verbose prints it here");
    }
}
