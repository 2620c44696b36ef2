package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentry.redact.internal.validate.Iban;
import dev.consentry.redact.internal.validate.Luhn;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OperatorsTest {

    private static final byte[] KEY = "a-test-key-of-32-bytes-----------".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "another-test-key-of-32-bytes-----".getBytes(StandardCharsets.UTF_8);
    private static RedactionEngine engine;

    @BeforeAll
    static void build() {
        engine = RedactionEngine.create(RedactionConfig.defaults());
    }

    @Test
    void placeholder_namesTheType() {
        assertThat(engine.redact("mail jane@example.com now").text()).isEqualTo("mail <EMAIL_ADDRESS> now");
    }

    @Test
    void mask_keepsTrailingChars() {
        assertThat(engine.redact("card 4111111111111111", Operator.mask(4)).text()).isEqualTo("card ************1111");
    }

    @Test
    void pseudonym_isStableAndKeyed() {
        String a = engine.redact("mail jane@example.com", Operator.pseudonym(KEY)).text();
        String b = engine.redact("write JANE@example.com", Operator.pseudonym(KEY)).text();
        String c = engine.redact("mail jane@example.com", Operator.pseudonym(OTHER_KEY)).text();
        assertThat(a).matches("mail <EMAIL_ADDRESS_[0-9a-f]{6}>");
        assertThat(a.substring(5)).isEqualTo(b.substring(6));
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void surrogate_isRealisticAndConsistentWithinARecord() {
        String text = "jane@example.com wrote; reply to jane@example.com or call 415-555-2671, card 4111 1111 1111 1111, "
                + "IBAN GB82 WEST 1234 5698 7654 32, ip 10.1.2.3";
        Redaction r = engine.redact(text, Operator.surrogate(KEY));
        String out = r.text();
        String[] emails = out.split(" ")[0].equals(out.split(" ")[0]) ? out.split(" wrote; reply to ") : null;
        assertThat(emails).isNotNull();
        String first = emails[0];
        assertThat(first).matches("[a-z]+\\.[a-z]+@example\\.(com|org|net)");
        assertThat(out).contains("reply to " + first + " or");
        assertThat(out).containsPattern("call \\d{3}-555-01\\d{2}");
        String card = out.replaceAll("(?s).*card (\\d{4} \\d{4} \\d{4} \\d{4}).*", "$1").replace(" ", "");
        assertThat(Luhn.isValid(card)).isTrue();
        String iban = out.replaceAll("(?s).*IBAN ([A-Z0-9 ]+?), ip.*", "$1").replace(" ", "");
        assertThat(Iban.isValid(iban)).isTrue();
        assertThat(out).containsPattern("ip (192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+");
        assertThat(out).doesNotContain("4111 1111 1111 1111").doesNotContain("jane@example.com");
    }

    @Test
    void drop_byTypeAndByDensity() {
        Operator drop = Operator.drop(0.3, Set.of(EntityType.US_SSN), Operator.placeholder());
        Redaction ssn = engine.redact("my SSN is 078-05-1120, long text follows here and more and more", drop);
        assertThat(ssn.dropped()).isTrue();
        assertThat(ssn.verdict().reason()).isEqualTo(DropVerdict.Reason.TYPE_PRESENT);
        assertThat(ssn.verdict().detail()).isEqualTo("US_SSN present").doesNotContain("078");
        assertThat(ssn.text()).isEmpty();

        Redaction dense = engine.redact("jane@example.com bob@example.org", drop);
        assertThat(dense.verdict().reason()).isEqualTo(DropVerdict.Reason.PII_DENSITY);

        Redaction kept = engine.redact("write to jane@example.com about the quarterly planning meeting next week", drop);
        assertThat(kept.dropped()).isFalse();
        assertThat(kept.text()).contains("<EMAIL_ADDRESS>");
        assertThat(kept.counts()).containsEntry(EntityType.EMAIL_ADDRESS, 1);
    }

    @Test
    void keys_mustBeLongEnoughAndAreHidden() {
        assertThatThrownBy(() -> Operator.pseudonym(new byte[4])).isInstanceOf(IllegalArgumentException.class);
        assertThat(Operator.surrogate(KEY).toString()).doesNotContain("test-key");
    }
}
