package dev.consentry.redact.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link PhoneNumberValidity} is a faster {@code isValidNumber}: compare the two. */
class PhoneNumberValidityTest {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Test
    void nanp_agreesWithIsValidNumber_forEveryAreaCodeAndExchange() {
        PhoneNumberValidity validity = new PhoneNumberValidity(1);
        SplittableRandom random = new SplittableRandom(7);
        int valid = 0;
        for (int area = 0; area < 1000; area++) {
            for (int k = 0; k < 60; k++) {
                long national = area * 10_000_000L + random.nextInt(10_000_000);
                valid += check(validity, 1, national) ? 1 : 0;
            }
        }
        assertThat(valid).as("the sample must contain valid numbers to mean anything").isGreaterThan(10_000);
    }

    @Test
    void nanp_caribbeanTollFreeAndOtherLengths() {
        PhoneNumberValidity validity = new PhoneNumberValidity(1);
        for (long national : new long[] {2_684_601_234L, 8_765_551_234L, 8_002_345_678L, 9_002_345_678L, 7_872_345_678L,
            4_155_552_671L, 6_045_551_234L, 4_155_550_134L, 5_551_234L, 41_555_526_710L, 1L, 0L, -5L}) {
            check(validity, 1, national);
        }
    }

    @Test
    void otherCountryCodes_agreeWithIsValidNumber() {
        SplittableRandom random = new SplittableRandom(11);
        for (int countryCode : new int[] {44, 49, 7, 33, 39, 61, 91, 86, 47, 262, 599}) {
            PhoneNumberValidity validity = new PhoneNumberValidity(countryCode);
            int valid = 0;
            for (int k = 0; k < 20_000; k++) {
                int digits = 4 + random.nextInt(10);
                long national = (long) (Math.pow(10, digits - 1) * (1 + random.nextInt(9))) + random.nextLong((long) Math.pow(10, digits - 1));
                valid += check(validity, countryCode, national) ? 1 : 0;
            }
            assertThat(valid).as("+%d: some valid numbers", countryCode).isPositive();
        }
    }

    private boolean check(PhoneNumberValidity validity, int countryCode, long national) {
        boolean expected = national > 0 && util.isValidNumber(new PhoneNumber().setCountryCode(countryCode).setNationalNumber(national));
        assertThat(validity.isValid(national)).as("+%d %d", countryCode, national).isEqualTo(expected);
        return expected;
    }
}
