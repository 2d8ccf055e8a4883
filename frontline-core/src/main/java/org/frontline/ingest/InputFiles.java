package org.frontline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the PATH arguments of a command into the input files to read. */
public final class InputFiles {

    /** The file name endings read, for messages. */
    public static final String SUPPORTED = ".html, .htm, .txt, .xml, .rss, .atom, .warc, .warc.gz";

    private InputFiles() {
    }

    /** A path argument that gives no input, and why. */
    public record Problem(Path path, String reason) {
    }

    /**
     * The input files and the problems found.
     *
     * @param files    supported files, each once, in argument order and, within a directory, sorted by path
     * @param problems arguments that do not exist or name an unsupported file, and unreadable directories
     */
    public record Expansion(List<Path> files, List<Problem> problems) {
    }

    /**
     * Expands files and directories: a directory gives its supported files at any depth (hidden files and
     * folders left out); a file named explicitly must be a supported kind.
     */
    public static Expansion expand(List<Path> arguments) {
        Set<Path> files = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try {
                    files.addAll(supportedFilesUnder(argument));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(argument, "cannot list the directory: " + message(e)));
                }
            } else if (!Files.exists(argument)) {
                problems.add(new Problem(argument, "no such file or directory"));
            } else if (!isSupported(argument)) {
                problems.add(new Problem(argument, "unsupported file type (expected " + SUPPORTED + ")"));
            } else {
                files.add(argument);
            }
        }
        return new Expansion(List.copyOf(files), List.copyOf(problems));
    }

    /** Whether the file name has an ending this stage reads. */
    public static boolean isSupported(Path file) {
        return kindOf(file) != null;
    }

    /** The kind of input a file is by its name, null if unsupported. */
    static Kind kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return Kind.FEED;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        return null;
    }

    /** Kinds of input: one article per file, or a container of many. */
    enum Kind {
        HTML, TEXT, FEED, WARC;

        boolean holdsMany() {
            return this == FEED || this == WARC;
        }
    }

    private static List<Path> supportedFilesUnder(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> !isHidden(directory.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(InputFiles::isSupported)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
