package dev.consentry.redact.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Luhn check on its edges; ValidatorsTest compares it with a reference on random digit strings. */
class LuhnTest {

    @Test
    void singleDigit_isNeverValid_evenWhenItsSumIsZero() {
        assertThat(Luhn.isValid("0")).isFalse();
        assertThat(Luhn.isValid("")).isFalse();
        assertThat(Luhn.isValid("00")).isTrue();
        assertThat(Luhn.isValid("18")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/", "/0", "0:", ":0", "4111-1111", "41a1", "00 0"})
    void anyNonDigit_isInvalid(String s) {
        assertThat(Luhn.isValid(s)).isFalse();
    }

    @Test
    void doubledDigitsAboveNine_loseNine() {
        // 5 doubled is 10 -> 1, so "59" sums to 10; without the subtraction it would sum to 19.
        assertThat(Luhn.isValid("59")).isTrue();
        assertThat(Luhn.isValid("91")).isTrue();
        assertThat(Luhn.checkDigit("5")).isEqualTo('9');
        assertThat(Luhn.checkDigit("9")).isEqualTo('1');
        assertThat(Luhn.checkDigit("4")).isEqualTo('2');
    }

    @Test
    void checkDigit_zeroWhenTheSumIsAlreadyAMultipleOfTen() {
        assertThat(Luhn.checkDigit("")).isEqualTo('0');
        assertThat(Luhn.checkDigit("0")).isEqualTo('0');
        assertThat(Luhn.checkDigit("411111111111111")).isEqualTo('1');
    }
}
