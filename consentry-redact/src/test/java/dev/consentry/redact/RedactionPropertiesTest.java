package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invariants over generated texts that mix prose, PII-shaped fragments and random characters.
 * QuickTheories prints the seed of a failing run; {@code -DQT_SEED=<seed>} replays it.
 */
class RedactionPropertiesTest {

    private static final RedactionEngine ENGINE = RedactionEngine.create(RedactionConfig.defaults());
    private static final byte[] KEY = "0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8);
    private static final int TRIES = 1000;

    @SuppressWarnings("unchecked") // Generate.oneOf takes generic varargs
    private static Gen<String> texts() {
        Gen<String> fragments = Generate.oneOf(
                Generate.pick(List.of("Jane Smith", "call 415-555-2671", "jane@example.com", "4111 1111 1111 1111",
                        "GB82 WEST 1234 5698 7654 32", "078-05-1120", "10.0.0.1", "https://example.org/x",
                        "@someone", "123 Main Street", "born 1990-01-02", " and ", ", ", ". ", "\n", "Dr. Who",
                        "Thanks Maria", "\uD83D\uDE00", "\uD800", "1.2.3.4")),
                ordinaryStrings(0, 12),
                strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 20));
        return lists().of(fragments).ofSizeBetween(0, 12).map(l -> String.join("", l));
    }

    /** Ordinary characters: any UTF-16 unit but surrogates (imports refuse them), noncharacters and private use. */
    private static final char[] ORDINARY = IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
            .filter(c -> !Character.isSurrogate((char) c) && !(c >= 0xE000 && c <= 0xF8FF) && !(c >= 0xFDD0 && c <= 0xFDEF) && c < 0xFFFE)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();

    private static Gen<String> ordinaryStrings(int minLength, int maxLength) {
        return lists().of(integers().between(0, ORDINARY.length - 1)).ofSizeBetween(minLength, maxLength).map(indexes -> {
            StringBuilder s = new StringBuilder(indexes.size());
            indexes.forEach(i -> s.append(ORDINARY[i]));
            return s.toString();
        });
    }

    private static void forAllTexts(Consumer<String> property) {
        qt().withExamples(TRIES).forAll(texts()).checkAssert(property);
    }

    @Test
    void spans_areSortedNonOverlappingAndInBounds() {
        forAllTexts(RedactionPropertiesTest::spans_areSortedNonOverlappingAndInBounds);
    }

    private static void spans_areSortedNonOverlappingAndInBounds(String text) {
        List<Span> spans = ENGINE.detect(text);
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            if (i > 0) {
                assertThat(spans.get(i - 1).end()).isLessThanOrEqualTo(s.start());
            }
        }
    }

    @Test
    void redact_spansIndexTheOriginalText() {
        forAllTexts(RedactionPropertiesTest::redact_spansIndexTheOriginalText);
    }

    private static void redact_spansIndexTheOriginalText(String text) {
        Redaction r = ENGINE.redact(text, Operator.placeholder());
        assertThat(r.spans()).isEqualTo(ENGINE.detect(text));
        for (Span s : r.spans()) {
            assertThat(s.textIn(text)).isEqualTo(text.substring(s.start(), s.end()));
        }
    }

    @Test
    void redactedOutput_neverContainsADetectedValue() {
        forAllTexts(RedactionPropertiesTest::redactedOutput_neverContainsADetectedValue);
    }

    private static void redactedOutput_neverContainsADetectedValue(String text) {
        Redaction r = ENGINE.redact(text, Operator.placeholder());
        for (Span s : r.spans()) {
            String value = s.textIn(text);
            if (value.length() >= 4) {
                assertThat(r.text()).doesNotContain(value);
            }
        }
    }

    @Test
    void pseudonymAndSurrogate_areDeterministic() {
        forAllTexts(RedactionPropertiesTest::pseudonymAndSurrogate_areDeterministic);
    }

    private static void pseudonymAndSurrogate_areDeterministic(String text) {
        assertThat(ENGINE.redact(text, Operator.pseudonym(KEY)).text()).isEqualTo(ENGINE.redact(text, Operator.pseudonym(KEY)).text());
        assertThat(ENGINE.redact(text, Operator.surrogate(KEY)).text()).isEqualTo(ENGINE.redact(text, Operator.surrogate(KEY)).text());
    }

    @Test
    void mask_keepsLength() {
        forAllTexts(RedactionPropertiesTest::mask_keepsLength);
    }

    private static void mask_keepsLength(String text) {
        assertThat(ENGINE.redact(text, Operator.mask(4)).text()).hasSameSizeAs(text);
    }

    @Test
    void codePointOffsets_roundTrip() {
        forAllTexts(RedactionPropertiesTest::codePointOffsets_roundTrip);
    }

    private static void codePointOffsets_roundTrip(String text) {
        List<Span> spans = ENGINE.detect(text);
        List<Span> cps = Offsets.toCodePoints(text, spans);
        for (int i = 0; i < spans.size(); i++) {
            assertThat(Offsets.toChar(text, cps.get(i).start())).isEqualTo(spans.get(i).start());
            assertThat(Offsets.toCodePoint(text, spans.get(i).start())).isEqualTo(cps.get(i).start());
        }
    }

    /** All twelve cue sentences, each once: fewer than any random sample would need. */
    @Test
    void fragmentsCombinedInSentences() {
        for (String cue : List.of("Call", "Phone:", "ring me at", "tel")) {
            for (String space : List.of("", " ", "  ")) {
                String sentence = cue + space + " 415-555-2671";
                assertThat(ENGINE.redact(sentence).text()).as(sentence).doesNotContain("415-555-2671");
            }
        }
    }
}
