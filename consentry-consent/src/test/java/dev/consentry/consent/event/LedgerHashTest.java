package dev.consentry.consent.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The chain's hash: SHA-256 of previous hash, newline, decimal sequence, newline, canonical JSON (UTF-8), in lower-case hex. */
class LedgerHashTest {
    private static final String PAYLOAD = "{\"type\":\"registration\",\"member\":\"m-é\"}";

    /** The definition computed independently of the class under test. */
    private static String expected(String previous, long sequence, String json) throws Exception {
        byte[] input = (previous + "\n" + sequence + "\n" + json).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(LedgerHash.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void theFirstEntryChainsFromGenesis() throws Exception {
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 1, PAYLOAD)).isEqualTo(expected(LedgerHash.GENESIS, 1, PAYLOAD));
    }

    @Test
    void aKnownVector() {
        // sha256("0"*64 + "\n1\n{}"), computed with: printf '%064d\n1\n{}' 0 | sha256sum
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 1, "{}")).isEqualTo(KNOWN_VECTOR);
    }

    static final String KNOWN_VECTOR = "857ee6299d26533d1f5f46c02209ae8bc34dc4898a8a9545493946b4ea59d6f3";

    @Test
    void laterEntriesChainFromThePreviousHashAndTheirOwnSequence() throws Exception {
        String first = LedgerHash.of(LedgerHash.GENESIS, 1, PAYLOAD);
        assertThat(LedgerHash.of(first, 2, "{}")).isEqualTo(expected(first, 2, "{}"));
        assertThat(LedgerHash.of(first, 2_044_146_000_000L, "{}")).isEqualTo(expected(first, 2_044_146_000_000L, "{}"));
    }

    @Test
    void changingOneByteTheSequenceOrThePreviousHashChangesTheHash() {
        String hash = LedgerHash.of(LedgerHash.GENESIS, 5, PAYLOAD);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 5, PAYLOAD.replace("m-é", "m-e"))).isNotEqualTo(hash);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 6, PAYLOAD)).isNotEqualTo(hash);
        assertThat(LedgerHash.of("1" + LedgerHash.GENESIS.substring(1), 5, PAYLOAD)).isNotEqualTo(hash);
    }

    @Test
    void theSeparatorsKeepSequenceAndPayloadApart() {
        // without the newline between them, sequence 1 with "2{}" and sequence 12 with "{}" would hash alike
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 1, "2{}")).isNotEqualTo(LedgerHash.of(LedgerHash.GENESIS, 12, "{}"));
    }
}
