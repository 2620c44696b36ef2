package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;

/**
 * {@code @mentions}: an '@' not preceded by a word or e-mail character, then 1-30 of [A-Za-z0-9_.]
 * (dots inside only, as Instagram allows). Profile URLs (linkedin.com/in/..., x.com/...) are found by
 * {@link UrlDetector}, which knows URL boundaries.
 */
public final class SocialHandleDetector implements Detector {

    static final double SCORE = 0.8;

    @Override
    public EntityType type() {
        return EntityType.SOCIAL_HANDLE;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int n = v.length();
        int done = 0; // chars before this belong to a found handle
        int[] atSigns = v.atSigns();
        for (int k = 0, count = v.atSignCount(); k < count; k++) {
            int at = atSigns[k];
            if (at < done) {
                continue;
            }
            char before = v.at(at - 1);
            if (EmailDetector.isLocalChar(before) || before == '@' || before == '/') {
                continue;
            }
            int i = at + 1;
            while (i < n && i - at <= 30 && isHandleChar(v.charAt(i))) {
                i++;
            }
            while (i > at + 1 && v.charAt(i - 1) == '.') {
                i--;
            }
            if (i == at + 1 || i - at > 31 || (i < n && (isHandleChar(v.charAt(i)) || v.charAt(i) == '@'))) {
                continue;
            }
            if (allDigits(v, at + 1, i)) {
                continue; // "@5pm", "@ 2": times and prices, not accounts
            }
            out.add(at, i, EntityType.SOCIAL_HANDLE, SCORE);
            done = i;
        }
    }

    static boolean isHandleChar(char c) {
        return TextView.isAsciiAlnum(c) || c == '_' || c == '.';
    }

    private static boolean allDigits(TextView v, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (!TextView.isAsciiDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }
}
