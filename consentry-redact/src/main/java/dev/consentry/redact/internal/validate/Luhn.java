package dev.consentry.redact.internal.validate;

/** The Luhn (mod 10) check used by payment card numbers. */
public final class Luhn {

    private Luhn() {}

    /** True when the digits (no separators) pass the Luhn check. */
    public static boolean isValid(CharSequence digits) {
        int n = digits.length();
        if (n < 2) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = n - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** The check digit that makes {@code payload + digit} Luhn-valid. */
    public static char checkDigit(CharSequence payload) {
        int sum = 0;
        boolean dbl = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
