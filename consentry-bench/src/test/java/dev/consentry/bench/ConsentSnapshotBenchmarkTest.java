package dev.consentry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.consentry.consent.ReasonCode;

/** Keeps the benchmark from rotting: runs its setup (small) and the benchmark method over every query once. */
class ConsentSnapshotBenchmarkTest {
    @Test
    void verify() {
        ConsentSnapshotBenchmark benchmark = new ConsentSnapshotBenchmark();
        benchmark.members = 10_000;
        benchmark.setup();
        ConsentSnapshotBenchmark.Cursor cursor = new ConsentSnapshotBenchmark.Cursor();
        int unknown = 0;
        int allowed = 0;
        for (int i = 0; i < ConsentSnapshotBenchmark.QUERIES; i++) {
            var decision = benchmark.decide(cursor);
            unknown += decision.reason() == ReasonCode.UNKNOWN_MEMBER ? 1 : 0;
            allowed += decision.allowed() ? 1 : 0;
        }
        assertThat(benchmark.snapshot.memberCount()).isEqualTo(10_000);
        assertThat(unknown).isBetween(ConsentSnapshotBenchmark.QUERIES / 100, ConsentSnapshotBenchmark.QUERIES / 40);
        assertThat(allowed).as("a mix of answers, not all one reason").isBetween(ConsentSnapshotBenchmark.QUERIES / 10, ConsentSnapshotBenchmark.QUERIES * 9 / 10);
    }
}
