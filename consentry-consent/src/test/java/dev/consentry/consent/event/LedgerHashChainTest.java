package dev.consentry.consent.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** An entry's hash is SHA-256 over the previous hash, its sequence and its canonical JSON, newline-separated. */
class LedgerHashChainTest {

    @Test
    void hash_isSha256OfPreviousSequenceAndJson() throws Exception {
        String json = "{\"type\":\"erasure\",\"member\":\"m\u00e9\"}";
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest((LedgerHash.GENESIS + "\n12\n" + json).getBytes(StandardCharsets.UTF_8));
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 12, json)).isEqualTo(HexFormat.of().formatHex(expected));
        assertThat(LedgerHash.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void everyInput_changesTheHash() {
        String base = LedgerHash.of(LedgerHash.GENESIS, 1, "{}");
        assertThat(LedgerHash.of("1".repeat(64), 1, "{}")).isNotEqualTo(base);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 2, "{}")).isNotEqualTo(base);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 1, "{ }")).isNotEqualTo(base);
        // The separators keep fields apart: sequence 11 with "{}" is not sequence 1 with "1{}".
        assertThat(LedgerHash.of(LedgerHash.GENESIS, 11, "{}")).isNotEqualTo(LedgerHash.of(LedgerHash.GENESIS, 1, "1{}"));
    }
}
