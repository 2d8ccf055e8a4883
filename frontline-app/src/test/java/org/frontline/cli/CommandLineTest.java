package org.frontline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code frontline} commands in-process and keeps what the last one printed. */
abstract class CommandLineTest {
    protected StringWriter out = new StringWriter();
    protected StringWriter err = new StringWriter();

    /** Runs a command; {@link #out} and {@link #err} then hold what it printed, and only that. */
    protected int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return execute(out, err, args);
    }

    static int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = FrontlineCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
