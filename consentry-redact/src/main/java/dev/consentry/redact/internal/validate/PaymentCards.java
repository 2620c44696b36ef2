package dev.consentry.redact.internal.validate;

/**
 * Issuer identification number (IIN) prefixes and lengths of the major card schemes, so that a random
 * Luhn-valid digit string (1 in 10 are) is not taken for a card.
 */
public final class PaymentCards {

    private PaymentCards() {}

    /** True when the digits have a known scheme prefix, a length that scheme issues, and pass Luhn. */
    public static boolean isValid(CharSequence d) {
        int len = d.length();
        if (len < 12 || len > 19) {
            return false;
        }
        return schemeAccepts(d, len) && Luhn.isValid(d);
    }

    /** Luhn-valid with a card-like length but no known issuer prefix: needs context ("card") to count. */
    public static boolean isLuhnOnly(CharSequence d) {
        int len = d.length();
        return len >= 12 && len <= 19 && !schemeAccepts(d, len) && Luhn.isValid(d);
    }

    private static boolean schemeAccepts(CharSequence d, int len) {
        int p1 = d.charAt(0) - '0';
        int p2 = prefix(d, 2);
        int p3 = prefix(d, 3);
        int p4 = prefix(d, 4);
        int p6 = prefix(d, 6);
        if (p1 == 4) {
            return len == 13 || len == 16 || len == 19; // Visa
        }
        if ((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) {
            return len == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15; // American Express
        }
        if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
            return len >= 16 && len <= 19; // Discover
        }
        if (p2 == 35) {
            // JCB is 3528-3589, but card generators and test data use the whole 35 range; Luhn still decides.
            return len >= 16 && len <= 19;
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095) {
            return len >= 14 && len <= 19; // Diners Club
        }
        if (p4 == 2131 || p4 == 1800) {
            return len == 15; // old JCB ranges
        }
        if (p2 == 62) {
            return len >= 16 && len <= 19; // UnionPay
        }
        if (p2 == 50 || (p2 >= 56 && p2 <= 69)) {
            return len >= 12 && len <= 19; // Maestro
        }
        return false;
    }

    private static int prefix(CharSequence d, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = v * 10 + (d.charAt(i) - '0');
        }
        return v;
    }
}
