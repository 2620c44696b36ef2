package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentry.redact.internal.validate.Iban;
import dev.consentry.redact.internal.validate.Luhn;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The fast validators against slow, obviously correct references. */
class ValidatorsTest {

    @Property
    void luhn_matchesReference(@ForAll @CharRange(from = '0', to = '9') @StringLength(min = 2, max = 19) String digits) {
        assertThat(Luhn.isValid(digits)).isEqualTo(referenceLuhn(digits));
    }

    @Property
    void luhn_checkDigitMakesValid(@ForAll @CharRange(from = '0', to = '9') @StringLength(min = 1, max = 18) String payload) {
        assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).isTrue();
    }

    @Property
    void mod97_matchesBigInteger(@ForAll @CharRange(from = '0', to = '9') @StringLength(min = 18, max = 30) String digits) {
        String iban = "GB" + digits.substring(0, 2) + digits.substring(2);
        StringBuilder numeric = new StringBuilder();
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int expected = new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        assertThat(Iban.mod97(iban)).isEqualTo(expected);
    }

    @Property
    void ibanCheckDigits_makeValid(@ForAll @CharRange(from = '0', to = '9') @StringLength(18) String bban) {
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
