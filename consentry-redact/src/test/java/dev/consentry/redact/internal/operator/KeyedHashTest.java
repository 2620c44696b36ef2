package dev.consentry.redact.internal.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The pseudonym and surrogate key path: HMAC-SHA-256(key, domain || 0x00 || normalized value). */
class KeyedHashTest {

    private static final byte[] KEY = "a-test-key-of-32-bytes-----------".getBytes(StandardCharsets.UTF_8);

    @Test
    void normalize_lowercasesCollapsesWhitespaceAndTrims() {
        String[][] cases = {
            {"Jane  SMITH", "jane smith"},
            {"  jane smith  ", "jane smith"},
            {"JANE\tSMITH\n", "jane smith"},
            {"jane", "jane"},
            {"   ", ""},
            {"", ""},
            {"\u00C4 \u00D6", "\u00E4 \u00F6"},
            {"a b \t c", "a b c"},
        };
        for (String[] c : cases) {
            assertThat(KeyedHash.normalize(c[0])).as("[%s]", c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void hash_isHmacSha256OfDomainZeroByteAndNormalizedValue() throws Exception {
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(KEY, "HmacSHA256"));
        reference.update("pseudonym".getBytes(StandardCharsets.UTF_8));
        reference.update((byte) 0);
        byte[] expected = reference.doFinal("jane smith".getBytes(StandardCharsets.UTF_8));

        KeyedHash hash = new KeyedHash(KEY);
        assertThat(hash.hash("pseudonym", "Jane  Smith")).isEqualTo(expected);
        // One instance serves many values: each hash starts from the key alone.
        assertThat(hash.hash("pseudonym", " jane smith ")).isEqualTo(expected);
    }

    @Test
    void domainsAndKeys_separateHashes() {
        KeyedHash hash = new KeyedHash(KEY);
        assertThat(hash.hash("pseudonym", "jane")).isNotEqualTo(hash.hash("surrogate:PERSON", "jane"));
        // The zero byte separates domain from value: ("ab", "c") is not ("a", "bc").
        assertThat(hash.hash("ab", "c")).isNotEqualTo(hash.hash("a", "bc"));
        byte[] other = "another-test-key-of-32-bytes-----".getBytes(StandardCharsets.UTF_8);
        assertThat(new KeyedHash(other).hash("pseudonym", "jane")).isNotEqualTo(hash.hash("pseudonym", "jane"));
    }
}
