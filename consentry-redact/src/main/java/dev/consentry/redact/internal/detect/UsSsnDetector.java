package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.validate.UsSsn;

/**
 * US Social Security Numbers: ddd-dd-dddd or ddd dd dddd with valid area/group/serial. Nine bare digits
 * are also valid-looking but far more often an order or account number, so they start low and need a
 * context word ("SSN", "social security") to be reported.
 */
public final class UsSsnDetector implements Detector {

    static final double SEPARATED_SCORE = 0.75;
    static final double BARE_SCORE = 0.3;

    @Override
    public EntityType type() {
        return EntityType.US_SSN;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int n = v.length();
        int[] cursor = new int[1];
        int i = 0;
        while (i < n) {
            if (!TextView.isAsciiDigit(v.charAt(i))) {
                i = v.nextDigitTrigger(i + 1, cursor); // the chars in between are not digits either
                continue;
            }
            int start = i;
            while (i < n && TextView.isAsciiDigit(v.charAt(i))) {
                i++;
            }
            char before = v.at(start - 1);
            if (TextView.isWordChar(before) || before == '-' || before == '.' || before == '/' || before == '+') {
                continue;
            }
            int len1 = i - start;
            if (len1 == 9 && !TextView.isWordChar(v.at(i)) && !continuesNumber(v, i)) {
                if (valid(v, start, start + 3, start + 5)) {
                    out.add(start, i, EntityType.US_SSN, BARE_SCORE);
                }
                continue;
            }
            if (len1 != 3) {
                continue;
            }
            char sep = v.at(i);
            if (sep != '-' && sep != ' ') {
                continue;
            }
            if (!digits(v, i + 1, 2) || v.at(i + 3) != sep || !digits(v, i + 4, 4)) {
                continue;
            }
            int end = i + 8;
            if (TextView.isWordChar(v.at(end)) || continuesNumber(v, end)) {
                continue;
            }
            if (valid(v, start, i + 1, i + 4)) {
                out.add(start, end, EntityType.US_SSN, SEPARATED_SCORE);
                i = end;
            }
        }
    }

    private static boolean continuesNumber(TextView v, int i) {
        char c = v.at(i);
        return (c == '-' || c == '.' || c == '/') && TextView.isAsciiDigit(v.at(i + 1));
    }

    private static boolean digits(TextView v, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (!TextView.isAsciiDigit(v.at(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean valid(TextView v, int area, int group, int serial) {
        return UsSsn.isValid(num(v, area, 3), num(v, group, 2), num(v, serial, 4));
    }

    private static int num(TextView v, int from, int len) {
        int x = 0;
        for (int k = from; k < from + len; k++) {
            x = x * 10 + (v.charAt(k) - '0');
        }
        return x;
    }
}
