package org.frontline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code frontline} command: one subcommand per job. */
@Command(name = "frontline",
        mixinStandardHelpOptions = true,
        versionProvider = FrontlineCommand.Version.class,
        description = "Turns news about armed conflict into sourced, geolocated events and a map of who holds what.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, PlacesCommand.class, IngestCommand.class,
                ReextractCommand.class, EventsCommand.class, ArticleCommand.class, BaseMapCommand.class, LinkUpCommand.class,
                ContactsCommand.class, ControlCommand.class, MapCommand.class, BenchCommand.class, LoadCommand.class})
public final class FrontlineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new FrontlineCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FrontlineCommand.class.getPackage().getImplementationVersion();
            return new String[] {"frontline " + (v == null ? "dev" : v)};
        }
    }
}
