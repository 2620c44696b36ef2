package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;

/**
 * E-mail addresses, found from each '@' by scanning a bounded local part backwards (64 chars, RFC 5321)
 * and a bounded domain forwards (253 chars). The bounds keep a megabyte of '@' or of letters linear.
 */
public final class EmailDetector implements Detector {

    static final double SCORE = 0.95;

    @Override
    public EntityType type() {
        return EntityType.EMAIL_ADDRESS;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int done = 0; // chars before this belong to a found address
        int[] atSigns = v.atSigns();
        for (int k = 0, count = v.atSignCount(); k < count; k++) {
            int at = atSigns[k];
            if (at < done) {
                continue;
            }
            int start = at;
            while (start > 0 && at - start < 64 && isLocalChar(v.charAt(start - 1))) {
                start--;
            }
            while (start < at && v.charAt(start) == '.') {
                start++;
            }
            if (start == at || v.charAt(at - 1) == '.' || TextView.isWordChar(v.at(start - 1)) && at - start >= 64) {
                continue;
            }
            int end = domainEnd(v, at + 1);
            if (end > 0) {
                out.add(start, end, EntityType.EMAIL_ADDRESS, SCORE);
                done = end;
            }
        }
    }

    static boolean isLocalChar(char c) {
        return TextView.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** End of a valid domain (at least two labels, alphabetic TLD of 2+ letters) starting at {@code from}, or -1. */
    static int domainEnd(TextView v, int from) {
        int n = v.length();
        int i = from;
        int labels = 0;
        int lastLabelStart = -1;
        int end = -1;
        while (i < n && i - from < 253) {
            int labelStart = i;
            while (i < n && (TextView.isAsciiAlnum(v.charAt(i)) || v.charAt(i) == '-') && i - labelStart < 63) {
                i++;
            }
            if (i == labelStart || v.charAt(labelStart) == '-' || v.charAt(i - 1) == '-') {
                break;
            }
            labels++;
            lastLabelStart = labelStart;
            if (labels >= 2 && isTld(v, lastLabelStart, i)) {
                end = i;
            }
            if (i < n && v.charAt(i) == '.' && i + 1 < n && TextView.isAsciiAlnum(v.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (end > 0 && end < n && TextView.isWordChar(v.charAt(end))) {
            return -1;
        }
        return end;
    }

    private static boolean isTld(TextView v, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!TextView.isAsciiLetter(v.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
