package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants over generated texts that mix prose, PII-shaped fragments and random characters. */
class RedactionPropertiesTest {

    private static final RedactionEngine ENGINE = RedactionEngine.create(RedactionConfig.defaults());
    private static final byte[] KEY = "0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8);

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragments = Arbitraries.oneOf(
                Arbitraries.of("Jane Smith", "call 415-555-2671", "jane@example.com", "4111 1111 1111 1111",
                        "GB82 WEST 1234 5698 7654 32", "078-05-1120", "10.0.0.1", "https://example.org/x",
                        "@someone", "123 Main Street", "born 1990-01-02", " and ", ", ", ". ", "\n", "Dr. Who",
                        "Thanks Maria", "\uD83D\uDE00", "\uD800", "1.2.3.4"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20));
        return fragments.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property
    void spans_areSortedNonOverlappingAndInBounds(@ForAll("texts") String text) {
        List<Span> spans = ENGINE.detect(text);
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            if (i > 0) {
                assertThat(spans.get(i - 1).end()).isLessThanOrEqualTo(s.start());
            }
        }
    }

    @Property
    void redact_spansIndexTheOriginalText(@ForAll("texts") String text) {
        Redaction r = ENGINE.redact(text, Operator.placeholder());
        assertThat(r.spans()).isEqualTo(ENGINE.detect(text));
        for (Span s : r.spans()) {
            assertThat(s.textIn(text)).isEqualTo(text.substring(s.start(), s.end()));
        }
    }

    @Property
    void redactedOutput_neverContainsADetectedValue(@ForAll("texts") String text) {
        Redaction r = ENGINE.redact(text, Operator.placeholder());
        for (Span s : r.spans()) {
            String value = s.textIn(text);
            if (value.length() >= 4) {
                assertThat(r.text()).doesNotContain(value);
            }
        }
    }

    @Property
    void pseudonymAndSurrogate_areDeterministic(@ForAll("texts") String text) {
        assertThat(ENGINE.redact(text, Operator.pseudonym(KEY)).text()).isEqualTo(ENGINE.redact(text, Operator.pseudonym(KEY)).text());
        assertThat(ENGINE.redact(text, Operator.surrogate(KEY)).text()).isEqualTo(ENGINE.redact(text, Operator.surrogate(KEY)).text());
    }

    @Property
    void mask_keepsLength(@ForAll("texts") String text) {
        assertThat(ENGINE.redact(text, Operator.mask(4)).text()).hasSameSizeAs(text);
    }

    @Property
    void codePointOffsets_roundTrip(@ForAll("texts") String text) {
        List<Span> spans = ENGINE.detect(text);
        List<Span> cps = Offsets.toCodePoints(text, spans);
        for (int i = 0; i < spans.size(); i++) {
            assertThat(Offsets.toChar(text, cps.get(i).start())).isEqualTo(spans.get(i).start());
            assertThat(Offsets.toCodePoint(text, spans.get(i).start())).isEqualTo(cps.get(i).start());
        }
    }

    @Property(tries = 50)
    void fragmentsCombinedInSentences(@ForAll("names") String sentence) {
        assertThat(ENGINE.redact(sentence).text()).doesNotContain("415-555-2671");
    }

    @Provide
    Arbitrary<String> names() {
        return Combinators.combine(Arbitraries.of("Call", "Phone:", "ring me at", "tel"), Arbitraries.of("", " ", "  "))
                .as((a, b) -> a + b + " 415-555-2671");
    }
}
