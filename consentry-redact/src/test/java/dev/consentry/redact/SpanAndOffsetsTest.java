package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public value types' contracts: span bounds and scores, overlap and order, char/code-point conversion. */
class SpanAndOffsetsTest {

    private static Span span(int start, int end) {
        return new Span(start, end, EntityType.PERSON, 0.5);
    }

    @Test
    void span_isNonEmpty_withAScoreFromZeroToOne() {
        assertThat(new Span(0, 1, EntityType.URL, 0.0).length()).isEqualTo(1);
        assertThat(new Span(3, 10, EntityType.URL, 1.0).length()).isEqualTo(7);
        assertThatThrownBy(() -> span(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessage("Invalid span bounds [-1, 2)");
        assertThatThrownBy(() -> span(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> span(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(0, 1, EntityType.URL, 1.0001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(0, 1, EntityType.URL, -0.0001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(0, 1, EntityType.URL, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(span(0, 4).textIn("Jane Smith")).isEqualTo("Jane");
    }

    @Test
    void spans_overlapWhenTheyShareAChar_notWhenTheyOnlyTouch() {
        assertThat(span(0, 5).overlaps(span(4, 8))).isTrue();
        assertThat(span(4, 8).overlaps(span(0, 5))).isTrue();
        assertThat(span(0, 5).overlaps(span(5, 8))).isFalse();
        assertThat(span(5, 8).overlaps(span(0, 5))).isFalse();
        assertThat(span(0, 5).overlaps(span(6, 8))).isFalse();
        assertThat(span(0, 9).overlaps(span(2, 3))).isTrue();
        assertThat(span(2, 3).overlaps(span(2, 3))).isTrue();
    }

    @Test
    void spans_sortByStartThenEnd() {
        List<Span> spans = new ArrayList<>(List.of(span(4, 9), span(0, 7), span(4, 6), span(0, 2)));
        spans.sort(null);
        assertThat(spans).containsExactly(span(0, 2), span(0, 7), span(4, 6), span(4, 9));
        assertThat(span(1, 2).compareTo(span(1, 2))).isZero();
        assertThat(span(1, 2).compareTo(span(1, 3))).isNegative();
        assertThat(span(2, 3).compareTo(span(1, 3))).isPositive();
    }

    @Test
    void offsets_countASurrogatePairAsOneCodePoint() {
        String text = "a\uD83D\uDE00b\uD83D\uDE00"; // a 😀 b 😀: chars 0,1-2,3,4-5; code points 0,1,2,3
        assertThat(Offsets.toCodePoint(text, 0)).isZero();
        assertThat(Offsets.toCodePoint(text, 3)).isEqualTo(2);
        assertThat(Offsets.toCodePoint(text, 6)).isEqualTo(4);
        assertThatThrownBy(() -> Offsets.toCodePoint(text, 7)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Offsets.toCodePoint(text, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Offsets.toChar(text, 0)).isZero();
        assertThat(Offsets.toChar(text, 1)).isEqualTo(1);
        assertThat(Offsets.toChar(text, 2)).isEqualTo(3);
        assertThat(Offsets.toChar(text, 3)).isEqualTo(4);
        assertThat(Offsets.toChar(text, 4)).isEqualTo(6);
        assertThatThrownBy(() -> Offsets.toChar(text, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Offsets.toChar(text, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        // A lone high surrogate at the end is one code point of one char.
        assertThat(Offsets.toChar("a\uD83D", 2)).isEqualTo(2);
        assertThat(Offsets.toChar("\uD83Da", 1)).isEqualTo(1);
    }

    @Test
    void offsets_reexpressSortedSpans() {
        String text = "\uD83D\uDE00 Jane \uD83D\uDE00\uD83D\uDE00 Bob"; // code points: 😀,' ',J,a,n,e,' ',😀,😀,' ',B,o,b
        List<Span> chars = List.of(new Span(3, 7, EntityType.PERSON, 0.9), new Span(8, 12, EntityType.CRYPTO, 0.8),
                new Span(13, 16, EntityType.PERSON, 0.7));
        assertThat(Offsets.toCodePoints(text, chars)).containsExactly(new Span(2, 6, EntityType.PERSON, 0.9),
                new Span(7, 9, EntityType.CRYPTO, 0.8), new Span(10, 13, EntityType.PERSON, 0.7));
        assertThatThrownBy(() -> Offsets.toCodePoints(text, List.of(chars.get(1), chars.get(0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configScores_areFromZeroToOne_inclusive() {
        assertThat(RedactionConfig.builder().defaultMinScore(0.0).build().defaultMinScore()).isZero();
        assertThat(RedactionConfig.builder().defaultMinScore(1.0).minScore(EntityType.URL, 1.0).minScore(EntityType.PERSON, 0.0).build()
                .minScores()).isEqualTo(Map.of(EntityType.URL, 1.0, EntityType.PERSON, 0.0));
        assertThatThrownBy(() -> RedactionConfig.builder().defaultMinScore(1.01).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedactionConfig.builder().defaultMinScore(-0.01).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedactionConfig.builder().minScore(EntityType.URL, 1.01).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minScores.URL");
        assertThat(RedactionConfig.fromMap(Map.of("default_min_score", 1.0, "min_scores", Map.of("URL", 0.0))).minScores())
                .isEqualTo(Map.of(EntityType.URL, 0.0));
        assertThat(RedactionConfig.fromMap(Map.of("min_scores", Map.of("URL", 0.7))).minScores()).isEqualTo(Map.of(EntityType.URL, 0.7));
        assertThatThrownBy(() -> RedactionConfig.fromMap(Map.of("min_scores", Map.of("URL", 1.5))))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("(1 problem)");
        InvalidConfigException two = (InvalidConfigException) org.assertj.core.api.Assertions.catchThrowable(() -> RedactionConfig.fromMap(
                Map.of("allow_list", List.of("ok", " ", ""))));
        assertThat(two.problems()).containsExactly("allow_list[1]: expected a non-blank string", "allow_list[2]: expected a non-blank string");
        assertThat(two).hasMessageContaining("(2 problems)");
    }

    @Test
    void configBuilder_chains_andTheEngineKeepsItsConfig() {
        RedactionConfig config = RedactionConfig.builder().contextWords(EntityType.URL, List.of("Link")).disable(EntityType.URL).build();
        assertThat(config.contextWords().get(EntityType.URL)).containsExactly("link");
        assertThat(config.enabled()).doesNotContain(EntityType.URL).contains(EntityType.PERSON);
        assertThat(RedactionEngine.create(config).config()).isEqualTo(config);
    }

    @Test
    void operatorKeys_needSixteenBytes_andKnownIdentitiesCountWithoutNaming() {
        assertThat(Operator.pseudonym(new byte[16])).isNotNull();
        assertThatThrownBy(() -> Operator.surrogate(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThat(Operator.surrogate(new byte[16]).toString()).isEqualTo("Surrogate[key=<hidden>]");
        assertThat(Operator.pseudonym(new byte[16]).toString()).isEqualTo("Pseudonym[key=<hidden>]");
        KnownIdentities ids = KnownIdentities.of(List.of(new KnownIdentities.Identity("Jane Smith", java.util.Set.of("jane"))));
        assertThat(ids.size()).isEqualTo(1);
        assertThat(ids.toString()).isEqualTo("KnownIdentities[1 identities]").doesNotContain("Jane");
    }
}
