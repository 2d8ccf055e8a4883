package org.frontline.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that extract: worker threads, by default one per core. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "worker threads; default: the number of cores")
    Integer threads;

    int count() {
        if (threads != null && threads < 1) {
            throw new UserError("--threads must be at least 1, not " + threads);
        }
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
