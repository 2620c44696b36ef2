package dev.consentry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the benchmark from rotting: runs its setup and every benchmark method once. */
class RedactionEngineBenchmarkTest {

    @Test
    void verify() {
        RedactionEngineBenchmark b = new RedactionEngineBenchmark();
        b.setup();
        RedactionEngineBenchmark.Counters c = new RedactionEngineBenchmark.Counters();
        assertThat(b.detect(c)).isNotNull();
        assertThat(b.redactPlaceholder(c)).isNotNull();
        assertThat(c.bytes).isPositive();
        assertThat(b.corpus).hasSize(RedactionEngineBenchmark.RECORDS)
                .allSatisfy(r -> assertThat(r.length()).isBetween(100, 2_300));
    }
}
