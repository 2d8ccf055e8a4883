package org.frontline.cli;

import org.frontline.ingest.ArticleReader;
import picocli.CommandLine.Option;

/** The size limits of the commands that read input files, {@code extract} and {@code ingest}. */
final class ReadLimits {
    @Option(names = "--max-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "larger files (and archived pages) are refused; default: ${DEFAULT-VALUE}")
    long maxBytes;

    @Option(names = "--max-archive-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_ARCHIVE_BYTES,
            description = "a WARC archive whose records inflate to more is stopped there, its pages read so far kept"
                    + " (a decompression bomb); default: ${DEFAULT-VALUE}")
    long maxArchiveBytes;

    ArticleReader reader() {
        if (maxBytes <= 0 || maxArchiveBytes <= 0) {
            throw new UserError("--max-bytes and --max-archive-bytes must be positive, not " + maxBytes + " and " + maxArchiveBytes);
        }
        return new ArticleReader(maxBytes, maxArchiveBytes);
    }
}
