package dev.consentry.redact.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An IBAN is valid with a registered country, that country's length, digits at 3-4, A-Z/0-9 after, and mod 97 = 1. */
class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765432", "DE89370400440532013000", "NO9386011117947", "FR1420041010050500013M02606",
        "LC55HEMM000100010012001200023015", "RU0204452560040702810412345678901"})
    void registeredIbans_areValid(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
        assertThat(Iban.mod97(iban)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GB82WEST1234569876543",     // one char short of GB's 22
        "GB82WEST123456987654321",   // one char over
        "XX82WEST12345698765432",    // no such country
        "GB8XWEST12345698765432",    // check digit not a digit
        "GBX2WEST12345698765432",
        "GB82West12345698765432",    // lower case
        "GB82WEST1234569876543-",
        "GB83WEST12345698765432",    // checksum off by one
        "gb82WEST12345698765432",
        "GB82WEST1234569876543[",    // just past 'Z'
        "GB82WEST1234569876543@",    // just before 'A'
        "GB82WEST1234569876543:",    // just past '9'
        "GB82WEST1234569876543/",    // just before '0'
    })
    void otherwise_invalid(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @Test
    void lengthBounds_areTheRegistryExtremes() {
        // NO (15) is the shortest registered length and RU (33) the longest; the bounds are 15-34.
        String shortest = "NO" + Iban.checkDigits("NO", "86011117947") + "86011117947";
        assertThat(Iban.isValid(shortest)).isTrue();
        assertThat(Iban.isValid(shortest.substring(0, 14))).isFalse();
        assertThat(Iban.isValid("")).isFalse();
        assertThat(Iban.isValid("GB82WEST12345698765432GB82WEST1234")).isFalse(); // 34 chars, GB is 22
        assertThat(Iban.isValid("GB82WEST12345698765432GB82WEST12345")).isFalse(); // 35 chars
    }

    @ParameterizedTest
    @CsvSource({"GB, 22", "DE, 22", "NO, 15", "RU, 33", "LC, 32", "AD, 24", "XK, 20", "VG, 24", "ZZ, 0", "AA, 0", "US, 0",
        "gb, 0", "G, 0", "GBR, 0", "AZ, 28", "BA, 20", "KZ, 20",
        "@B, 0", "[B, 0", "B@, 0", "A[, 0"})
    void registeredLength_byCountryCode(String country, int length) {
        assertThat(Iban.lengthFor(country)).isEqualTo(length);
    }

    @Test
    void checkDigits_arePaddedToTwo() {
        // "GB00" + BBAN: the check digits for this BBAN are 09, not 9.
        for (int i = 0; i < 1000; i++) {
            String bban = String.format("WEST%014d", i);
            String check = Iban.checkDigits("GB", bban);
            assertThat(check).hasSize(2);
            assertThat(Iban.isValid("GB" + check + bban)).as(bban).isTrue();
            assertThat(Integer.parseInt(check)).isBetween(2, 98);
        }
    }

    @Test
    void mod97_movesTheFirstFourCharsToTheEndAndReadsLettersAsTenToThirtyFive() {
        assertThat(Iban.mod97("A")).isEqualTo(10);
        assertThat(Iban.mod97("Z")).isEqualTo(35);
        assertThat(Iban.mod97("9")).isEqualTo(9);
        assertThat(Iban.mod97("0")).isEqualTo(0);
        assertThat(Iban.mod97("99")).isEqualTo(2);
        assertThat(Iban.mod97("12345")).isEqualTo(51234 % 97);
        assertThat(Iban.mod97("1234A")).isEqualTo(101234 % 97);
    }

    @Test
    void everyLetterAndDigit_isAllowedInTheBban() {
        String bban = "AZZA09000000000009";
        assertThat(Iban.isValid("GB" + Iban.checkDigits("GB", bban) + bban)).isTrue();
    }
}
