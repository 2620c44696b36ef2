package dev.consentry.dataset.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** QuickTheories prints the seed of a failing run; {@code -DQT_SEED=<seed>} replays the same sizes. */
class OrderedWorkersTest {
    /** Workers finish in random order; the sink must still see the batches in submission order. */
    @Test
    void resultsArriveInSubmissionOrder() {
        qt().withExamples(30).forAll(integers().between(1, 6), integers().between(0, 60)).checkAssert(OrderedWorkersTest::resultsArriveInSubmissionOrder);
    }

    private static void resultsArriveInSubmissionOrder(int threads, int batches) {
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
    void everyBatchRunsExactlyOnce() {
        qt().withExamples(30).forAll(integers().between(1, 6), integers().between(0, 60)).checkAssert(OrderedWorkersTest::everyBatchRunsExactlyOnce);
    }

    private static void everyBatchRunsExactlyOnce(int threads, int batches) {
        AtomicInteger runs = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(threads, "test", batch -> {
            runs.incrementAndGet();
            LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(100_000));
            return batch.get(0);
        }, seen::add)) {
            for (int b = 0; b < batches; b++) {
                workers.submit(List.of(b));
            }
            workers.finish();
        }
        assertThat(runs.get()).isEqualTo(batches);
        assertThat(seen).hasSize(batches);
    }

    @Test
    void oneThreadIsTheCallingThread() {
        Thread caller = Thread.currentThread();
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(1, "test", batch -> {
            ran.add(Thread.currentThread());
            return batch.size();
        }, result -> ran.add(Thread.currentThread()))) {
            for (int b = 0; b < 20; b++) {
                workers.submit(List.of(b));
            }
            workers.finish();
        }
        assertThat(ran).containsExactly(caller);
    }

    /**
     * With two threads the pool has one: the first batch holds it until the second batch has run,
     * which only the calling thread can do. Were the caller only to wait, this would never end.
     */
    @Test
    @Timeout(30)
    void theCallingThreadRunsBatchesRatherThanWait() {
        CountDownLatch secondRan = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(2, "test", batch -> {
            if (batch.get(0) == 0 && Thread.currentThread() != caller) {
                awaitUninterruptibly(secondRan);
            } else if (batch.get(0) == 1) {
                secondRan.countDown();
            }
            return batch.get(0);
        }, seen::add)) {
            for (int b = 0; b < 6; b++) {
                workers.submit(List.of(b));
            }
            workers.finish();
        }
        assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
