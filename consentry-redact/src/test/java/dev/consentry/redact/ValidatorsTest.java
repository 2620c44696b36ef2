package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.consentry.redact.internal.validate.Iban;
import dev.consentry.redact.internal.validate.Luhn;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast validators against slow, obviously correct references. QuickTheories prints the seed
 * of a failing run; {@code -DQT_SEED=<seed>} replays it.
 */
class ValidatorsTest {
    private static final int TRIES = 1000;

    private static Gen<String> digits(int minLength, int maxLength) {
        return strings().betweenCodePoints('0', '9').ofLengthBetween(minLength, maxLength);
    }

    @Test
    void luhn_matchesReference() {
        qt().withExamples(TRIES).forAll(digits(2, 19)).checkAssert(ValidatorsTest::luhn_matchesReference);
    }

    private static void luhn_matchesReference(String digits) {
        assertThat(Luhn.isValid(digits)).isEqualTo(referenceLuhn(digits));
    }

    @Test
    void luhn_checkDigitMakesValid() {
        qt().withExamples(TRIES).forAll(digits(1, 18)).checkAssert(ValidatorsTest::luhn_checkDigitMakesValid);
    }

    private static void luhn_checkDigitMakesValid(String payload) {
        assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).isTrue();
    }

    @Test
    void mod97_matchesBigInteger() {
        qt().withExamples(TRIES).forAll(digits(18, 30)).checkAssert(ValidatorsTest::mod97_matchesBigInteger);
    }

    private static void mod97_matchesBigInteger(String digits) {
        String iban = "GB" + digits.substring(0, 2) + digits.substring(2);
        StringBuilder numeric = new StringBuilder();
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int expected = new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        assertThat(Iban.mod97(iban)).isEqualTo(expected);
    }

    @Test
    void ibanCheckDigits_makeValid() {
        qt().withExamples(TRIES).forAll(digits(18, 18)).checkAssert(ValidatorsTest::ibanCheckDigits_makeValid);
    }

    private static void ibanCheckDigits_makeValid(String bban) {
        String iban = "GB" + Iban.checkDigits("GB", bban) + bban;
        assertThat(Iban.isValid(iban)).isTrue();
    }

    private static boolean referenceLuhn(String digits) {
        int sum = 0;
        String reversed = new StringBuilder(digits).reverse().toString();
        for (int i = 0; i < reversed.length(); i++) {
            int d = reversed.charAt(i) - '0';
            sum += i % 2 == 1 ? (d * 2) / 10 + (d * 2) % 10 : d;
        }
        return sum % 10 == 0;
    }
}
