package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.text.Tokens;

/**
 * IPv4 (four octets 0-255 without leading zeros, not part of a longer dotted number) and IPv6 (hand-written
 * parser: at most 8 groups of 1-4 hex digits, at most one "::", optional trailing IPv4). "1.2.3.4" is also
 * how versions are written, so a preceding "version", "v", "build", ... lowers the score below the
 * default threshold; the decision is made by context, not by the digits.
 */
public final class IpAddressDetector implements Detector {

    static final double SCORE = 0.85;
    static final double VERSION_SCORE = 0.2;
    private static final String[] VERSION_WORDS = {
        "version", "versions", "ver", "v", "build", "release", "firmware", "update", "upgrade", "patch", "ios",
        "android", "macos", "windows", "chrome", "firefox", "python", "java", "node", "kernel", "sdk", "api", "app"
    };
    private static final TokenDictionary VERSION = TokenDictionary.ofWords(VERSION_WORDS); // immutable

    @Override
    public EntityType type() {
        return EntityType.IP_ADDRESS;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int next = 0; // chars before this are done
        // An address starts at a word boundary with a hex digit, or at a ':' ("::1"), each costs at most
        // one bounded attempt, so this stays linear. Of the word starts only two kinds can qualify: a
        // digit (a digit-run start) and a hex word of 1-4 chars right before a ':' (see ipv6Starts); so
        // those lists are walked, in order, and every word is not. Extra positions (a '+' before a digit, a
        // digit after a letter) fail the checks below, as they would have.
        int[] digits = v.digitStarts();
        int digitCount = v.digitStartCount();
        int[] colonSide = ipv6Starts(v);
        int a = 0;
        int b = 0;
        while (a < digitCount || b < colonSide.length) {
            int i;
            if (b >= colonSide.length || (a < digitCount && digits[a] <= colonSide[b])) {
                i = digits[a++];
                if (b < colonSide.length && colonSide[b] == i) {
                    b++;
                }
            } else {
                i = colonSide[b++];
            }
            if (i < next) {
                continue;
            }
            char c = v.charAt(i);
            if (!isHex(c) && c != ':') {
                continue;
            }
            char before = v.at(i - 1);
            if (TextView.isWordChar(before) || before == '.' || before == ':' || before == '-') {
                continue;
            }
            if (!TextView.isAsciiDigit(c) && !couldStartIpv6(v, i)) {
                continue; // "cafe", "added": a word of hex letters without a ':' after 1-4 of them
            }
            int end4 = TextView.isAsciiDigit(c) ? ipv4End(v, i) : -1;
            if (end4 > 0 && !(v.at(end4) == ':' && isHex(v.at(end4 + 1)))) {
                out.add(i, end4, EntityType.IP_ADDRESS, versionContext(v, i) ? VERSION_SCORE : SCORE);
                next = end4;
                continue;
            }
            int end6 = ipv6End(v, i);
            if (end6 > 0) {
                out.add(i, end6, EntityType.IP_ADDRESS, SCORE);
                next = end6;
            }
        }
    }

    private static final int[] NONE = new int[0];

    /**
     * In order, for every ':': the word starts among the 4 chars before it, then the ':' itself. Every word
     * start where {@link #couldStartIpv6} holds is among them (its ':' is the first after it). Most texts
     * have few colons, so this is short.
     */
    private static int[] ipv6Starts(TextView v) {
        int count = v.colonCount();
        if (count == 0) {
            return NONE;
        }
        int[] colons = v.colons();
        int[] out = new int[count * 5];
        int n = 0;
        int emitted = -1;
        for (int k = 0; k < count; k++) {
            int p = colons[k];
            for (int i = Math.max(p - 4, emitted + 1); i < p; i++) {
                if (TextView.isWordChar(v.charAt(i)) && !TextView.isWordChar(v.at(i - 1))) {
                    out[n++] = i;
                }
            }
            out[n++] = p;
            emitted = p;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** An IPv6 address starts with "::" or with 1-4 hex digits and a ':'; anything else can be skipped. */
    private static boolean couldStartIpv6(TextView v, int i) {
        int k = i;
        while (k - i < 4 && isHex(v.at(k))) {
            k++;
        }
        return v.at(k) == ':';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** End of a dotted quad at {@code i}, or -1. */
    static int ipv4End(TextView v, int i) {
        int p = i;
        for (int octet = 0; octet < 4; octet++) {
            int s = p;
            int val = 0;
            while (p - s < 4 && TextView.isAsciiDigit(v.at(p))) {
                val = val * 10 + (v.charAt(p) - '0');
                p++;
            }
            int len = p - s;
            if (len == 0 || len > 3 || val > 255 || (len > 1 && v.charAt(s) == '0')) {
                return -1;
            }
            if (octet < 3) {
                if (v.at(p) != '.') {
                    return -1;
                }
                p++;
            }
        }
        char after = v.at(p);
        if (TextView.isWordChar(after) || (after == '.' && TextView.isAsciiDigit(v.at(p + 1))) || after == '-') {
            return -1;
        }
        return p;
    }

    /** End of an IPv6 address starting at {@code i}, or -1. */
    static int ipv6End(TextView v, int i) {
        int n = v.length();
        int p = i;
        while (p < n && p - i < 46 && (isHex(v.charAt(p)) || v.charAt(p) == ':' || v.charAt(p) == '.')) {
            p++;
        }
        if (TextView.isWordChar(v.at(p))) {
            return -1;
        }
        while (p > i && (v.charAt(p - 1) == '.' || (v.charAt(p - 1) == ':' && v.at(p - 2) != ':'))) {
            p--;
        }
        return isIpv6(v, i, p) ? p : -1;
    }

    static boolean isIpv6(TextView v, int from, int to) {
        int groups = 0;
        boolean doubleColon = false;
        int colons = 0;
        int p = from;
        if (to - from < 2) {
            return false;
        }
        if (v.charAt(p) == ':') {
            if (v.at(p + 1) != ':') {
                return false;
            }
        }
        while (p < to) {
            if (v.charAt(p) == ':') {
                colons++;
                if (p + 1 < to && v.charAt(p + 1) == ':') {
                    if (doubleColon) {
                        return false;
                    }
                    doubleColon = true;
                    colons++;
                    p += 2;
                    continue;
                }
                p++;
                if (p >= to) {
                    return false;
                }
                continue;
            }
            int s = p;
            while (p < to && isHex(v.charAt(p))) {
                p++;
            }
            if (p < to && v.charAt(p) == '.') {
                int e4 = ipv4End(v, s);
                if (e4 != to) {
                    return false;
                }
                groups += 2;
                p = to;
                break;
            }
            if (p - s == 0 || p - s > 4) {
                return false;
            }
            groups++;
        }
        if (colons < 2 || groups == 0) {
            return false;
        }
        return doubleColon ? groups < 8 : groups == 8;
    }

    private static boolean versionContext(TextView v, int start) {
        Tokens t = v.tokens();
        int idx = t.indexAtOrAfter(start) - 1;
        for (int k = idx; k >= 0 && k >= idx - 1; k--) {
            if (VERSION.contains(v.text(), t.start(k), t.end(k))) {
                return true;
            }
        }
        return false;
    }
}
