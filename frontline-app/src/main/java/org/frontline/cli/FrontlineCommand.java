package org.frontline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** The {@code frontline} command: one subcommand per job. */
@Command(name = "frontline",
        mixinStandardHelpOptions = true,
        versionProvider = FrontlineCommand.Version.class,
        description = "Turns news about armed conflict into sourced, geolocated events and a map of who holds what.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, PlacesCommand.class, IngestCommand.class,
                ReextractCommand.class, EventsCommand.class, ArticleCommand.class, BaseMapCommand.class, LinkUpCommand.class,
                ContactsCommand.class, ControlCommand.class, MapCommand.class, ServeCommand.class, WatchCommand.class, BenchCommand.class, LoadCommand.class})
public final class FrontlineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set by {@code --verbose} anywhere on the line (the option is inherited by every subcommand). */
    private final boolean[] verbose = {false};

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "on an unexpected error, print its full report (stack trace) here too")
    void setVerbose(boolean on) {
        verbose[0] = on;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(UnexpectedErrors.reportDirectory());
    }

    /** The command line, writing reports of unexpected errors to {@code reports}. */
    static CommandLine commandLine(Path reports) {
        return commandLine(reports, CommandLine.defaultFactory());
    }

    /** The command line, its subcommands and their options made by {@code factory}. */
    static CommandLine commandLine(Path reports, CommandLine.IFactory factory) {
        FrontlineCommand top = new FrontlineCommand();
        return new CommandLine(top, factory).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new UnexpectedErrors(top.verbose, reports));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FrontlineCommand.class.getPackage().getImplementationVersion();
            return new String[] {"frontline " + (v == null ? "dev" : v)};
        }
    }
}
