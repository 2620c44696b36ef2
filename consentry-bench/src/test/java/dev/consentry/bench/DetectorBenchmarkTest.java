package dev.consentry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentry.redact.EntityType;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark from rotting: runs its setup and benchmark method once per detector. */
class DetectorBenchmarkTest {

    @Test
    void verify() {
        for (EntityType type : EntityType.values()) {
            DetectorBenchmark b = new DetectorBenchmark();
            b.type = type.name();
            b.setup();
            DetectorBenchmark.Counters c = new DetectorBenchmark.Counters();
            assertThat(b.detect(c)).isNotNull();
            assertThat(c.bytes).isPositive();
        }
    }
}
