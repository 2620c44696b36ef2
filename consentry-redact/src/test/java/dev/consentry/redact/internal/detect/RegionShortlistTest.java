package dev.consentry.redact.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shortlist is a shortcut for {@code isValidNumber}: compare the two on many NANP numbers. */
class RegionShortlistTest {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final RegionShortlist shortlist = new RegionShortlist(util, 1);

    @Test
    void isValid_agreesWithIsValidNumber_forEveryAreaCode() {
        SplittableRandom random = new SplittableRandom(7);
        int valid = 0;
        for (int area = 0; area < 1000; area++) {
            for (int k = 0; k < 40; k++) {
                long national = area * 10_000_000L + random.nextInt(10_000_000);
                PhoneNumber number = new PhoneNumber().setCountryCode(1).setNationalNumber(national);
                boolean expected = util.isValidNumber(number);
                assertThat(shortlist.isValid(number, area)).as("area code %03d", area).isEqualTo(expected);
                valid += expected ? 1 : 0;
            }
        }
        assertThat(valid).as("the sample must contain valid numbers to mean anything").isGreaterThan(1_000);
    }

    @Test
    void isValid_caribbeanAndTollFree() {
        for (long national : new long[] {2_684_601_234L, 8_765_551_234L, 8_002_345_678L, 9_002_345_678L, 7_872_345_678L,
            4_155_552_671L, 6_045_551_234L}) {
            PhoneNumber number = new PhoneNumber().setCountryCode(1).setNationalNumber(national);
            assertThat(shortlist.isValid(number, (int) (national / 10_000_000L))).as("%d", national)
                    .isEqualTo(util.isValidNumber(number));
        }
    }
}
