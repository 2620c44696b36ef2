package dev.consentry.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The edges of "close": one edit for names of up to four characters, two for longer ones; ties go to the first known name. */
class SpellingSuggestionLimitsTest {
    @Test
    void aNameOfFourCharactersAllowsOneEditNotTwo() {
        assertThat(SpellingSuggestion.closest("abcd", List.of("abcx"))).isEqualTo("abcx");
        assertThat(SpellingSuggestion.closest("abcd", List.of("abxy"))).isNull();
    }

    @Test
    void aLongerNameAllowsExactlyTwoEdits() {
        assertThat(SpellingSuggestion.closest("abcde", List.of("abcxy"))).isEqualTo("abcxy");
        assertThat(SpellingSuggestion.closest("abcde", List.of("abxyz"))).isNull();
    }

    @Test
    void aLengthDifferenceOfExactlyTheLimitIsStillClose() {
        assertThat(SpellingSuggestion.closest("abcde", List.of("abcdefg"))).isEqualTo("abcdefg");
        assertThat(SpellingSuggestion.closest("abcd", List.of("abcde"))).isEqualTo("abcde");
    }

    @Test
    void theNearestWinsAndATieGoesToTheFirstKnownName() {
        assertThat(SpellingSuggestion.closest("abcdef", List.of("abcxyf", "abcdex"))).isEqualTo("abcdex");
        assertThat(SpellingSuggestion.closest("abcde", List.of("abcdx", "abcdy"))).isEqualTo("abcdx");
        assertThat(SpellingSuggestion.closest("abcde", List.of("abcdy", "abcdx"))).isEqualTo("abcdy");
    }

    @Test
    void theDistanceToTheEmptyNameIsTheOtherNamesLength() {
        assertThat(SpellingSuggestion.distance("abc", "")).isEqualTo(3);
        assertThat(SpellingSuggestion.distance("", "abc")).isEqualTo(3);
        assertThat(SpellingSuggestion.distance("kitten", "sitting")).isEqualTo(3);
    }
}
