package dev.consentry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerAnchorTest {
    private static final String HASH = "ab".repeat(32);

    @Test
    void readsBackWhatItWrites() {
        LedgerAnchor anchor = new LedgerAnchor("0123456789abcdef0123456789abcdef", 42, HASH, Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(anchor.toJson()).isEqualTo("{\"ledgerId\":\"0123456789abcdef0123456789abcdef\",\"sequence\":42,\"headHash\":\"" + HASH
                + "\",\"at\":\"2026-01-01T00:00:00Z\"}");
        assertThat(LedgerAnchor.parse("a.json", anchor.toJson() + "\n")).isEqualTo(anchor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                                       | a.json: not a ledger anchor: expected one JSON object {\"ledgerId\",\"sequence\",\"headHash\",\"at\"}",
        "[1]                                                                      | a.json: not a ledger anchor: expected one JSON object {\"ledgerId\",\"sequence\",\"headHash\",\"at\"}",
        "{\"ledgerId\":\"x\",                                                     | a.json:1:17: not a ledger anchor: Unexpected end-of-input within/between Object entries",
        "{\"sequence\":1,\"headHash\":\"HASH\",\"at\":\"2026-01-01T00:00:00Z\"}     | a.json: ledgerId: missing",
        "{\"ledgerId\":7,\"sequence\":1,\"headHash\":\"HASH\",\"at\":\"2026-01-01T00:00:00Z\"} | a.json: ledgerId: must be a non-empty string",
        "{\"ledgerId\":\"x\",\"sequence\":-1,\"headHash\":\"HASH\",\"at\":\"2026-01-01T00:00:00Z\"} | a.json: sequence: must be a whole number of at least 0",
        "{\"ledgerId\":\"x\",\"sequence\":\"1\",\"headHash\":\"HASH\",\"at\":\"2026-01-01T00:00:00Z\"} | a.json: sequence: must be a whole number of at least 0",
        "{\"ledgerId\":\"x\",\"sequence\":1,\"headHash\":\"abc\",\"at\":\"2026-01-01T00:00:00Z\"} | a.json: headHash: must be 64 lower-case hex digits",
        "{\"ledgerId\":\"x\",\"sequence\":1,\"headHash\":\"HASH\",\"at\":\"yesterday\"} | a.json: at: must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z",
        "{\"ledgerId\":\"x\",\"sequence\":1,\"headHash\":\"HASH\"}                  | a.json: at: missing",
        "{\"ledgerId\":\"x\",\"sequence\":1,\"headHash\":\"HASH\",\"at\":\"2026-01-01T00:00:00Z\",\"hash\":1} | a.json: unknown field 'hash'",
    })
    void namesTheFileAndTheField(String text, String problem) {
        assertThatThrownBy(() -> LedgerAnchor.parse("a.json", text.replace("HASH", HASH)))
                .isInstanceOfSatisfying(AnchorException.class, e -> assertThat(e.problems()).containsExactly(problem));
    }

    @Test
    void aDuplicateFieldIsRefused() {
        assertThatThrownBy(() -> LedgerAnchor.parse("a.json", "{\"ledgerId\":\"x\",\"ledgerId\":\"y\",\"sequence\":1,\"headHash\":\"" + HASH
                + "\",\"at\":\"2026-01-01T00:00:00Z\"}"))
                .isInstanceOf(AnchorException.class).hasMessageStartingWith("a.json:1:27: not a ledger anchor: Duplicate field 'ledgerId'");
    }

    @Test
    void everyProblemIsListed() {
        assertThatThrownBy(() -> LedgerAnchor.parse("a.json", "{\"x\":1}"))
                .isInstanceOfSatisfying(AnchorException.class, e -> assertThat(e.problems()).containsExactly(
                        "a.json: unknown field 'x'", "a.json: ledgerId: missing", "a.json: sequence: missing", "a.json: headHash: missing",
                        "a.json: at: missing"));
    }
}
