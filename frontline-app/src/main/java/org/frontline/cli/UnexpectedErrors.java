package org.frontline.cli;

import org.frontline.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The one place a command's failure becomes output: a user error or a store failure is its one-line message;
 * anything unexpected is one line naming what failed and where, the full report (command line, version, stack
 * trace) written to a log file the line names, and the trace on standard error with {@code --verbose}.
 */
final class UnexpectedErrors implements CommandLine.IExecutionExceptionHandler {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final boolean[] verbose;
    private final Path reports;

    /**
     * @param verbose read when a command fails: whether {@code --verbose} was given
     * @param reports the directory reports are written to
     */
    UnexpectedErrors(boolean[] verbose, Path reports) {
        this.verbose = verbose;
        this.reports = reports;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UserError || e instanceof StoreException) {
            err.println("frontline: " + e.getMessage());
            if (verbose[0]) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        }
        String command = cmd.getCommandSpec().qualifiedName();
        String report = report(e, parsed.originalArgs(), null);
        err.println(command + ": unexpected " + describe(e) + "; " + written(report) + (verbose[0] ? "" : "; --verbose prints it here"));
        if (verbose[0]) {
            err.print(report);
        }
        err.flush();
        return 70; // EX_SOFTWARE: a bug, not bad input
    }

    boolean verbose() {
        return verbose[0];
    }

    /** Writes a report to a new file: "full report in FILE", or why none was written. */
    String written(String report) {
        try {
            return "full report in " + write(report);
        } catch (IOException | UncheckedIOException | SecurityException io) {
            return "no report written (" + io.getMessage() + ")";
        }
    }

    /** The exception, its message and the first frame of Frontline's own code it went through. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        StackTraceElement at = Arrays.stream(root.getStackTrace()).filter(f -> f.getClassName().startsWith("org.frontline."))
                .findFirst().orElse(root.getStackTrace().length > 0 ? root.getStackTrace()[0] : null);
        return root.getClass().getName() + message + (at == null ? "" : " at " + at.getClassName().replaceFirst(".*\\.", "")
                + "." + at.getMethodName() + "(" + at.getFileName() + ":" + at.getLineNumber() + ")");
    }

    /**
     * The full report: the command line, versions, what failed (when the run went on past it) and the stack trace.
     *
     * @param what the article or file that failed while the run went on, or null when the command failed
     */
    static String report(Throwable e, List<String> args, String what) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("frontline " + String.join(" ", args));
        out.println(new FrontlineCommand.Version().getVersion()[0] + ", Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        if (what != null) {
            out.println("failed on " + what + "; the run went on");
        }
        e.printStackTrace(out);
        out.flush();
        return text.toString();
    }

    private Path write(String report) throws IOException {
        Files.createDirectories(reports);
        String stamp = "error-" + STAMP.format(Instant.now());
        // several articles of one run can fail within a millisecond: each report gets a file of its own
        for (int n = 1; ; n++) {
            Path file = reports.resolve(stamp + (n == 1 ? "" : "-" + n) + ".log");
            try {
                Files.writeString(file, report, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException taken) {
                // the next name
            }
        }
    }

    /** Where reports go: {@code $XDG_STATE_HOME/frontline}, else {@code ~/.local/state/frontline}, else the temp directory. */
    static Path reportDirectory() {
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return Files.isWritable(base) || !Files.exists(base) && Files.isWritable(base.getParent())
                ? base.resolve("frontline") : Path.of(System.getProperty("java.io.tmpdir"), "frontline");
    }
}
