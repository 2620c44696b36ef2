package dev.consentry.dataset.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {
    /** Workers finish in random order; the sink must still see the batches in submission order. */
    @Property(tries = 30)
    void resultsArriveInSubmissionOrder(@ForAll @IntRange(min = 1, max = 6) int threads, @ForAll @IntRange(min = 0, max = 60) int batches) {
        List<Integer> seen = new ArrayList<>();
        try (OrderedWorkers<Integer, List<Integer>> workers = new OrderedWorkers<>(threads, "test", batch -> {
            LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(200_000));
            return batch.stream().map(i -> i * 2).toList();
        }, seen::addAll)) {
            int next = 0;
            for (int b = 0; b < batches; b++) {
                List<Integer> batch = new ArrayList<>();
                for (int k = 0; k < 1 + b % 5; k++) {
                    batch.add(next++);
                }
                workers.submit(batch);
                assertThat(seen.size()).as("at most two batches per thread in flight").isGreaterThanOrEqualTo(next - threads * 2 * 5);
            }
            workers.finish();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < next; i++) {
                expected.add(i * 2);
            }
            assertThat(seen).isEqualTo(expected);
        }
    }

    @Test
    void aFailingWorkerFailsTheRun() {
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(2, "test", batch -> {
            throw new IllegalArgumentException("bad batch");
        }, result -> {})) {
            workers.submit(List.of(1));
            assertThatThrownBy(workers::finish).isInstanceOf(IllegalArgumentException.class).hasMessage("bad batch");
        }
    }

    @Test
    void aFailingSinkFailsTheRun() {
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(1, "test", batch -> batch.size(), result -> {
            throw new java.io.IOException("disk full");
        })) {
            workers.submit(List.of(1));
            assertThatThrownBy(workers::finish).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
        }
    }
}
