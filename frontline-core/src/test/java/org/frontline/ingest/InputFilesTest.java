package org.frontline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void expandsDirectoriesRecursivelyInSortedOrder() throws IOException {
        Path b = touch("corpus/b.txt");
        Path a = touch("corpus/a.HTML");
        Path nested = touch("corpus/2017/june/page.htm");
        Path archive = touch("corpus/crawl.warc.gz");
        touch("corpus/notes.pdf");
        touch("corpus/.cache/old.txt");
        Path single = touch("extra.txt");

        InputFiles.Expansion expansion = InputFiles.expand(List.of(dir.resolve("corpus"), single, b));

        assertThat(expansion.files()).containsExactly(nested, a, b, archive, single);
        assertThat(expansion.problems()).isEmpty();
    }

    @Test
    void reportsMissingPathsAndUnsupportedFilesNamedExplicitly() throws IOException {
        Path pdf = touch("report.pdf");
        Path missing = dir.resolve("missing.txt");

        InputFiles.Expansion expansion = InputFiles.expand(List.of(pdf, missing));

        assertThat(expansion.files()).isEmpty();
        assertThat(expansion.problems()).containsExactly(
                new InputFiles.Problem(pdf, "unsupported file type (expected " + InputFiles.SUPPORTED + ")"),
                new InputFiles.Problem(missing, "no such file or directory"));
    }

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
