package org.frontline.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InOrderTest {
    @Test
    void resultsComeInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        List<Integer> written = new ArrayList<>();
        InOrder.run(IntStream.range(0, 200).boxed().iterator(), 4, "test", i -> {
            sleep(i % 7 == 0 ? 3 : 0); // some inputs are slow, so later ones finish first
            return i * 10;
        }, written::add);
        assertThat(written).isEqualTo(IntStream.range(0, 200).map(i -> i * 10).boxed().toList());
    }

    @Test
    void inputsArePulledOnlyAWindowAheadOfTheWriter() throws Exception {
        AtomicInteger pulled = new AtomicInteger();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 1000;
            }

            @Override
            public Integer next() {
                return pulled.getAndIncrement();
            }
        };
        int threads = 2;
        List<Integer> pulledAheadAtEachWrite = new ArrayList<>();
        int[] writes = {0};
        InOrder.run(inputs, threads, "test", i -> i, i -> pulledAheadAtEachWrite.add(pulled.get() - writes[0]++));
        assertThat(pulledAheadAtEachWrite).hasSize(1000);
        assertThat(pulledAheadAtEachWrite).allSatisfy(ahead -> assertThat(ahead).isLessThanOrEqualTo(threads * InOrder.AHEAD_PER_THREAD));
    }

    @Test
    void theFirstFailureStopsTheRunAfterWritingEverythingBeforeIt() {
        List<Integer> written = new ArrayList<>();
        assertThatThrownBy(() -> InOrder.run(IntStream.range(0, 100).boxed().iterator(), 3, "test", i -> {
            if (i == 42) {
                throw new IllegalArgumentException("bad input 42");
            }
            return i;
        }, written::add)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input 42");
        assertThat(written).isEqualTo(IntStream.range(0, 42).boxed().toList());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
