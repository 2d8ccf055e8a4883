package org.frontline.store;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A separate JVM that ingests numbered articles into a store until done or killed, then prints its summary
 * ("added N duplicates M"), or the store's one-line message and exit code 1: for {@link KillTest} and
 * {@link StoreFaultsTest}. Arguments: the store location, the number of articles, optionally the first number.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        int first = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        try (Store store = Store.open(args[0])) {
            List<Integer> numbers = IntStream.range(first, first + count).boxed().toList();
            Ingester.Summary s = new Ingester(store, Fixtures.PIPELINE, "test", 1).ingest(numbers, i -> List.of(Fixtures.numbered(i)), outcome -> { });
            System.out.println("added " + s.added() + " duplicates " + s.duplicates());
        } catch (StoreException e) {
            System.out.println("frontline: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts the child with a shell prefix (e.g. {@code ulimit -f 100;}), its output to {@code log}. */
    static Process start(String shellPrefix, java.nio.file.Path log, String... args) throws java.io.IOException {
        StringBuilder command = new StringBuilder(shellPrefix).append(" exec ")
                .append(quote(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString()))
                .append(" -cp ").append(quote(System.getProperty("java.class.path"))).append(' ').append(IngestChild.class.getName());
        for (String a : args) {
            command.append(' ').append(quote(a));
        }
        return new ProcessBuilder("bash", "-c", command.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
