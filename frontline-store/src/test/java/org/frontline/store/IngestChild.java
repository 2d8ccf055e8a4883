package org.frontline.store;

import java.util.List;
import java.util.stream.IntStream;

/** A separate JVM that ingests numbered articles into a store until done or killed: for {@link KillTest}. */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (Store store = Store.open(args[0])) {
            List<Integer> numbers = IntStream.range(0, count).boxed().toList();
            new Ingester(store, Fixtures.PIPELINE, "test", 1).ingest(numbers, i -> List.of(Fixtures.numbered(i)), outcome -> { });
        }
    }
}
