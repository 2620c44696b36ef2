package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.validate.PaymentCards;

/**
 * Payment card numbers: runs of digit groups separated by one space or one hyphen (the same separator
 * throughout), 12-19 digits, a known issuer prefix and length, and a valid Luhn check digit. A run is
 * capped at 40 digits and the longest valid prefix of whole groups is taken, so "1 1 1 1 ..." for a
 * megabyte stays linear.
 */
public final class CreditCardDetector implements Detector {

    static final double SCORE = 0.95;
    /** One random digit string in ten passes Luhn: without an issuer prefix it needs a context word. */
    static final double LUHN_ONLY_SCORE = 0.35;
    private static final int MAX_GROUPS = 12;

    @Override
    public EntityType type() {
        return EntityType.CREDIT_CARD;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int n = v.length();
        int[] groupEnds = new int[MAX_GROUPS];
        int[] digitCountAtGroup = new int[MAX_GROUPS]; // entries below "groups" are written before they are read
        StringBuilder digits = new StringBuilder(24);
        int[] cursor = new int[1];
        int i = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (!TextView.isAsciiDigit(c)) {
                i = v.nextDigitTrigger(i + 1, cursor); // the chars in between are not digits either
                continue;
            }
            if (TextView.isWordChar(v.at(i - 1)) || v.at(i - 1) == '.' || v.at(i - 1) == '-') {
                while (i < n && TextView.isAsciiDigit(v.charAt(i))) {
                    i++;
                }
                continue;
            }
            int start = i;
            int groups = 0;
            char sep = 0;
            digits.setLength(0);
            while (i < n && groups < MAX_GROUPS) {
                while (i < n && TextView.isAsciiDigit(v.charAt(i)) && digits.length() < 40) {
                    digits.append(v.charAt(i));
                    i++;
                }
                groupEnds[groups] = i;
                digitCountAtGroup[groups] = digits.length();
                groups++;
                char s = v.at(i);
                if ((s == ' ' || s == '-') && (sep == 0 || sep == s) && TextView.isAsciiDigit(v.at(i + 1)) && digits.length() < 19) {
                    sep = s;
                    i++;
                } else {
                    break;
                }
            }
            int lastEnd = groupEnds[groups - 1];
            if (TextView.isWordChar(v.at(lastEnd)) && groups == 1) {
                while (i < n && TextView.isWordChar(v.charAt(i))) {
                    i++;
                }
                continue;
            }
            for (int g = groups - 1; g >= 0; g--) {
                int count = digitCountAtGroup[g];
                if (count < 12 || count > 19) {
                    continue;
                }
                int end = groupEnds[g];
                if (TextView.isWordChar(v.at(end))) {
                    continue;
                }
                if (PaymentCards.isValid(digits.subSequence(0, count))) {
                    out.add(start, end, EntityType.CREDIT_CARD, SCORE);
                    break;
                }
                if (PaymentCards.isLuhnOnly(digits.subSequence(0, count))) {
                    out.add(start, end, EntityType.CREDIT_CARD, LUHN_ONLY_SCORE);
                    break;
                }
            }
            if (i == start) {
                i++;
            }
        }
    }
}
