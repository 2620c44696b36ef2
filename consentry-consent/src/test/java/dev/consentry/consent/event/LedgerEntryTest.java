package dev.consentry.consent.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** "The latest" entry: by instant, and by sequence between equal instants; no entry is after itself. */
class LedgerEntryTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static LedgerEntry entry(long sequence, Instant at) {
        return new LedgerEntry(sequence, "m-1", new GpcSignal("m-1", at, Provenance.NONE));
    }

    @Test
    void aLaterInstantIsAfterWhateverTheSequence() {
        assertThat(entry(1, T.plusSeconds(1)).isAfter(entry(9, T))).isTrue();
        assertThat(entry(9, T).isAfter(entry(1, T.plusSeconds(1)))).isFalse();
    }

    @Test
    void atEqualInstantsTheHigherSequenceIsAfter() {
        assertThat(entry(2, T).isAfter(entry(1, T))).isTrue();
        assertThat(entry(1, T).isAfter(entry(2, T))).isFalse();
    }

    @Test
    void noEntryIsAfterItself() {
        LedgerEntry entry = entry(3, T);
        assertThat(entry.isAfter(entry)).isFalse();
    }
}
