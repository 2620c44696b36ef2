package dev.consentry.redact.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The issuer table: a Luhn-valid digit string is a card exactly when a scheme issues its prefix at its length;
 * one with a card-like length (12-19) but no such scheme is "Luhn only". Each row is checked at every length
 * from 10 to 21, so both ends of every prefix range and every length range are pinned.
 */
class PaymentCardsTest {

    static Stream<Arguments> issuerTable() {
        return Stream.of(
                row("4", 13, 16, 19), // Visa
                row("51", 16), row("55", 16), row("2221", 16), row("2720", 16), row("222100", 16), row("272099", 16), // Mastercard
                row("222099"), row("272100"),
                row("34", 15), row("37", 15), // American Express
                row("33"),
                row("6011", range(16, 19)), row("65", range(16, 19)), row("644", range(16, 19)), row("649", range(16, 19)), // Discover
                row("622126", range(16, 19)), row("622925", range(16, 19)),
                row("35", range(16, 19)), // JCB, the whole 35 range
                row("300", range(14, 19)), row("305", range(14, 19)), row("36", range(14, 19)), row("38", range(14, 19)),
                row("39", range(14, 19)), row("3095", range(14, 19)), // Diners Club
                row("306"), row("3094"), row("3096"), row("31"),
                row("2131", 15), row("1800", 15), // old JCB
                row("2130"), row("2132"), row("1799"), row("1801"),
                row("62", range(16, 19)), // UnionPay
                row("50", range(12, 19)), row("56", range(12, 19)), row("69", range(12, 19)), // Maestro
                row("6010", range(12, 19)), row("643", range(12, 19)), row("640", range(12, 19)),
                row("49", 13, 16, 19), row("0"), row("1"), row("7"), row("8"), row("9"), row("70"), row("2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issuerTable")
    void luhnValidNumber_isACardExactlyAtTheLengthsItsSchemeIssues(String prefix, Set<Integer> lengths) {
        for (int len = 10; len <= 21; len++) {
            String number = luhnValid(prefix, len);
            boolean cardLike = len >= 12 && len <= 19;
            assertThat(PaymentCards.isValid(number)).as("%s (%d digits) is a card", number, len).isEqualTo(lengths.contains(len));
            assertThat(PaymentCards.isLuhnOnly(number)).as("%s (%d digits) is Luhn only", number, len)
                    .isEqualTo(cardLike && !lengths.contains(len));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issuerTable")
    void luhnInvalidNumber_isNeitherACardNorLuhnOnly(String prefix, Set<Integer> lengths) {
        for (int len = 12; len <= 19; len++) {
            String valid = luhnValid(prefix, len);
            char last = valid.charAt(len - 1);
            String invalid = valid.substring(0, len - 1) + (char) ('0' + (last - '0' + 1) % 10);
            assertThat(PaymentCards.isValid(invalid)).as(invalid).isFalse();
            assertThat(PaymentCards.isLuhnOnly(invalid)).as(invalid).isFalse();
        }
    }

    @Test
    void publishedTestNumbers_areCards() {
        for (String n : new String[] {"4111111111111111", "4222222222222", "5555555555554444", "2223003122003222",
            "378282246310005", "6011111111111117", "3530111333300000", "30569309025904", "6200000000000005"}) {
            assertThat(PaymentCards.isValid(n)).as(n).isTrue();
            assertThat(PaymentCards.isLuhnOnly(n)).as(n).isFalse();
        }
    }

    private static Arguments row(String prefix, int... lengths) {
        return Arguments.of(prefix, IntStream.of(lengths).boxed().collect(Collectors.toUnmodifiableSet()));
    }

    private static int[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).toArray();
    }

    /** {@code prefix}, zero-padded to {@code len - 1} digits, then the Luhn check digit (computed here, not by Luhn). */
    static String luhnValid(String prefix, int len) {
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < len - 1) {
            sb.append('0');
        }
        for (char check = '0'; check <= '9'; check++) {
            String candidate = sb.toString() + check;
            if (referenceLuhnSum(candidate) % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no check digit");
    }

    private static int referenceLuhnSum(String digits) {
        int sum = 0;
        String reversed = new StringBuilder(digits).reverse().toString();
        for (int i = 0; i < reversed.length(); i++) {
            int d = reversed.charAt(i) - '0';
            sum += i % 2 == 1 ? (d * 2) / 10 + (d * 2) % 10 : d;
        }
        return sum;
    }
}
