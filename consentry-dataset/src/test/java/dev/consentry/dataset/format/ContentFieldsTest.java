package dev.consentry.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** createdAt's fast path must accept and reject exactly what {@code OffsetDateTime.parse} does. */
class ContentFieldsTest {

    @Test
    void parseInstant_equalsOffsetDateTimeParse_onValidAndInvalidStamps() {
        SplittableRandom random = new SplittableRandom(9);
        int rejected = 0;
        for (int k = 0; k < 200_000; k++) {
            String stamp = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
            if (random.nextInt(20) == 0) {
                char[] c = stamp.toCharArray();
                c[random.nextInt(c.length)] = "0a:-TZ+ ".charAt(random.nextInt(8));
                stamp = new String(c);
            }
            rejected += check(stamp) ? 0 : 1;
        }
        assertThat(rejected).as("invalid stamps must be part of the sample").isGreaterThan(10_000);
        for (String other : new String[] {"2025-03-02T10:00:00.123Z", "2025-03-02T10:00:00+01:00", "2024-02-29T23:59:59Z",
            "2023-02-29T00:00:00Z", "2025-03-02T10:00Z", "2025-03-02 10:00:00Z", "+12025-03-02T10:00:00Z", "2025-03-02T10:00:00z"}) {
            check(other);
        }
    }

    private static boolean check(String stamp) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(stamp).toInstant();
        } catch (DateTimeParseException e) {
            expected = null;
        }
        Instant actual;
        try {
            actual = ContentFields.parseInstant(stamp);
        } catch (DateTimeParseException e) {
            actual = null;
        }
        assertThat(actual).as(stamp).isEqualTo(expected);
        return expected != null;
    }
}
