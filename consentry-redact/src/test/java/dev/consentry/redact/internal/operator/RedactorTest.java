package dev.consentry.redact.internal.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentry.redact.DropVerdict;
import dev.consentry.redact.EntityType;
import dev.consentry.redact.Operator;
import dev.consentry.redact.Redaction;
import dev.consentry.redact.Span;
import dev.consentry.redact.internal.Gazetteers;
import dev.consentry.redact.internal.text.TokenDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How each operator rewrites the given spans of one text, and when a drop operator leaves the record out. */
class RedactorTest {

    private static final byte[] KEY = "a-test-key-of-32-bytes-----------".getBytes(StandardCharsets.UTF_8);
    private static final Redactor REDACTOR = new Redactor(new Surrogates(
            new Gazetteers(TokenDictionary.ofWords("x"), List.of("Robin"), List.of("Moss"))));

    private static final String TEXT = "Jane Smith met JANE  SMITH at 4111111111111111 ok";
    private static final List<Span> SPANS = List.of(
            new Span(0, 10, EntityType.PERSON, 0.9),
            new Span(15, 26, EntityType.PERSON, 0.9),
            new Span(30, 46, EntityType.CREDIT_CARD, 1.0));

    @Test
    void placeholder_replacesEachSpanWithItsTypeName_keepingTheTextBetween() {
        Redaction r = REDACTOR.apply(TEXT, SPANS, Operator.placeholder());
        assertThat(r.text()).isEqualTo("<PERSON> met <PERSON> at <CREDIT_CARD> ok");
        assertThat(r.counts()).isEqualTo(Map.of(EntityType.PERSON, 2, EntityType.CREDIT_CARD, 1));
        assertThat(r.spans()).isEqualTo(SPANS);
        assertThat(r.dropped()).isFalse();
    }

    @Test
    void noSpans_leaveTheTextAsItIs() {
        Redaction r = REDACTOR.apply("nothing here", List.of(), Operator.surrogate(KEY));
        assertThat(r.text()).isEqualTo("nothing here");
        assertThat(r.counts()).isEmpty();
        assertThat(r.verdict()).isEqualTo(DropVerdict.keep());
    }

    @Test
    void mask_keepsTrailingChars_butNeverAWholeValue() {
        String text = "pin 1234 card 4111111111111111";
        List<Span> spans = List.of(new Span(4, 8, EntityType.US_SSN, 1.0), new Span(14, 30, EntityType.CREDIT_CARD, 1.0));
        assertThat(REDACTOR.apply(text, spans, Operator.mask(4)).text()).isEqualTo("pin **** card ************1111");
        assertThat(REDACTOR.apply(text, spans, Operator.mask(3)).text()).isEqualTo("pin *234 card *************111");
        assertThat(REDACTOR.apply(text, spans, Operator.mask(5)).text()).isEqualTo("pin **** card ***********11111");
        assertThat(REDACTOR.apply(text, spans, Operator.mask(0)).text()).isEqualTo("pin **** card ****************");
    }

    @Test
    void pseudonym_isTheTypeAndSixHexOfTheKeyedHash_sameForTheSamePerson() {
        byte[] h = new KeyedHash(KEY).hash("pseudonym", "jane smith");
        String expected = String.format("<PERSON_%02x%02x%02x>", h[0] & 0xff, h[1] & 0xff, h[2] & 0xff);
        String out = REDACTOR.apply(TEXT, SPANS, Operator.pseudonym(KEY)).text();
        assertThat(out).startsWith(expected + " met " + expected + " at <CREDIT_CARD_").matches(".* at <CREDIT_CARD_[0-9a-f]{6}> ok");
    }

    @Test
    void pseudonym_hexDigitsCoverTheHighNibbles() {
        // Over many values every hex digit turns up in every one of the six positions.
        boolean[][] seen = new boolean[6][16];
        for (int i = 0; i < 2000; i++) {
            String value = "v" + i;
            String out = REDACTOR.apply(value, List.of(new Span(0, value.length(), EntityType.URL, 1.0)), Operator.pseudonym(KEY)).text();
            String hex = out.substring("<URL_".length(), out.length() - 1);
            assertThat(hex).hasSize(6);
            for (int k = 0; k < 6; k++) {
                seen[k][Character.digit(hex.charAt(k), 16)] = true;
            }
        }
        for (boolean[] position : seen) {
            assertThat(position).containsOnly(true);
        }
    }

    @Test
    void surrogate_sameValueSameFake_withinTheRecord_andKeyedByTypeAndValue() {
        String out = REDACTOR.apply(TEXT, SPANS, Operator.surrogate(KEY)).text();
        // "JANE  SMITH" is "Jane Smith" normalized: the record keeps one fake for one person.
        assertThat(out).matches("Robin Moss met Robin Moss at \\d{16} ok");
        byte[] seed = new KeyedHash(KEY).hash("surrogate:CREDIT_CARD", "4111111111111111");
        String card = new Surrogates(new Gazetteers(TokenDictionary.ofWords("x"), List.of("Robin"), List.of("Moss")))
                .fake(EntityType.CREDIT_CARD, "4111111111111111", seed);
        assertThat(out).contains(" at " + card + " ok");
    }

    @Test
    void surrogate_sameTextOfTwoTypes_getsTwoFakes() {
        String text = "https://a.example https://a.example";
        List<Span> spans = List.of(new Span(0, 17, EntityType.URL, 1.0), new Span(18, 35, EntityType.SOCIAL_HANDLE, 1.0));
        String[] parts = REDACTOR.apply(text, spans, Operator.surrogate(KEY)).text().split(" ");
        assertThat(parts[0]).startsWith("https://www.example.org/");
        assertThat(parts[1]).startsWith("https://user_").isNotEqualTo(parts[0]);
    }

    @Test
    void drop_whenADropTypeIsPresent_namingOnlyTheType() {
        Operator drop = Operator.drop(1.0, Set.of(EntityType.CREDIT_CARD), Operator.placeholder());
        Redaction r = REDACTOR.apply(TEXT, SPANS, drop);
        assertThat(r.dropped()).isTrue();
        assertThat(r.text()).isEmpty();
        assertThat(r.verdict()).isEqualTo(new DropVerdict(DropVerdict.Reason.TYPE_PRESENT, "CREDIT_CARD present"));
        assertThat(r.counts()).containsEntry(EntityType.CREDIT_CARD, 1);
        assertThat(r.spans()).isEqualTo(SPANS);
    }

    @Test
    void drop_whenDensityExceedsTheThreshold_notWhenItEqualsIt() {
        // 10 of 20 chars are personal data: density 0.5.
        String text = "Jane Smith and a dog";
        List<Span> spans = List.of(new Span(0, 10, EntityType.PERSON, 0.9));
        Redaction over = REDACTOR.apply(text, spans, Operator.drop(0.49, Set.of(), Operator.placeholder()));
        assertThat(over.verdict()).isEqualTo(new DropVerdict(DropVerdict.Reason.PII_DENSITY, "personal-data density 0.500 > 0.490"));
        assertThat(over.text()).isEmpty();
        Redaction equal = REDACTOR.apply(text, spans, Operator.drop(0.5, Set.of(), Operator.mask(0)));
        assertThat(equal.dropped()).isFalse();
        assertThat(equal.text()).isEqualTo("********** and a dog");
        Redaction twoSpans = REDACTOR.apply(text, List.of(new Span(0, 4, EntityType.PERSON, 0.9), new Span(5, 10, EntityType.PERSON, 0.9)),
                Operator.drop(0.44, Set.of(EntityType.US_SSN), Operator.placeholder()));
        assertThat(twoSpans.verdict().reason()).isEqualTo(DropVerdict.Reason.PII_DENSITY); // 9 of 20 = 0.45: lengths add up
        Redaction empty = REDACTOR.apply("", List.of(), Operator.drop(0.0, Set.of(), Operator.placeholder()));
        assertThat(empty.dropped()).isFalse();
    }
}
