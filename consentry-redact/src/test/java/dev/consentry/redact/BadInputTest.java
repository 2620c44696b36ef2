package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input: never a hang, never a crash. The timeouts are hang guards (seconds where milliseconds
 * are expected), not speed assertions — speed is measured in consentry-bench.
 */
class BadInputTest {

    private static RedactionEngine engine;

    @BeforeAll
    static void build() {
        engine = RedactionEngine.create(RedactionConfig.defaults());
    }

    @ParameterizedTest(name = "1 MB of ''{0}''")
    @ValueSource(chars = {'a', '1', '@', '.', ' ', ':', '-', 'A', '\n', '+', '(', '/', 'x', '\u00e9'})
    void megabyteOfOneChar(char c) {
        String text = String.valueOf(c).repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> engine.redact(text));
    }

    @ParameterizedTest(name = "1 MB of ''{0}'' repeated")
    @ValueSource(strings = {"1 ", "a@", "1.", "Jane ", "a:", "1-", "ab.", "@a ", "12 Main ", "+1 ", "0x"})
    void megabyteOfAPattern(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> engine.redact(text));
    }

    @Test
    void loneAndReversedSurrogates() {
        String text = "Jane \uD800 Smith \uDC00\uD800 jane@example.com \uDFFF 415-555-2671 \uD83D";
        Redaction r = engine.redact(text, Operator.surrogate(new byte[32]));
        assertThat(r.spans()).isNotEmpty();
        assertThat(Offsets.toCodePoints(text, r.spans())).hasSameSizeAs(r.spans());
    }

    @Test
    void binaryJunk() {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append((char) random.nextInt(0x10000));
        }
        String text = sb.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> engine.redact(text, Operator.pseudonym(new byte[32])));
    }

    @Test
    void fiftyMegabyteSingleLine() {
        String unit = "Call Jane Smith at 415-555-2671 or mail jane@example.com about order 12345. ";
        StringBuilder sb = new StringBuilder(50_000_000 + unit.length());
        while (sb.length() < 50_000_000) {
            sb.append(unit);
        }
        String text = sb.toString();
        sb = null;
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Redaction r = engine.redact(text);
            assertThat(r.counts()).containsKeys(EntityType.EMAIL_ADDRESS, EntityType.PHONE_NUMBER);
        });
    }
}
