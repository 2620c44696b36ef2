package dev.consentry.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingSuggestionTest {
    private static final List<String> MEMBER_FIELDS = List.of("id", "country", "region", "birthDate", "name", "handles");

    @Test
    void anotherCaseWins() {
        assertThat(SpellingSuggestion.closest("birthdate", MEMBER_FIELDS)).isEqualTo("birthDate");
        assertThat(SpellingSuggestion.closest("ID", MEMBER_FIELDS)).isEqualTo("id");
    }

    @Test
    void typosWithinTwoEditsAreSuggested() {
        assertThat(SpellingSuggestion.closest("birthDat", MEMBER_FIELDS)).isEqualTo("birthDate");
        assertThat(SpellingSuggestion.closest("contry", MEMBER_FIELDS)).isEqualTo("country");
        assertThat(SpellingSuggestion.closest("cuontry", MEMBER_FIELDS)).isEqualTo("country");
        assertThat(SpellingSuggestion.closest("handle", MEMBER_FIELDS)).isEqualTo("handles");
    }

    @Test
    void farOrShortNamesGetNoSuggestion() {
        assertThat(SpellingSuggestion.closest("shoeSize", MEMBER_FIELDS)).isNull();
        assertThat(SpellingSuggestion.closest("at", MEMBER_FIELDS)).isNull();
        assertThat(SpellingSuggestion.closest("x".repeat(10_000), MEMBER_FIELDS)).isNull();
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(SpellingSuggestion.distance("abcd", "abdc")).isEqualTo(1);
        assertThat(SpellingSuggestion.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(SpellingSuggestion.distance("", "abc")).isEqualTo(3);
    }
}
