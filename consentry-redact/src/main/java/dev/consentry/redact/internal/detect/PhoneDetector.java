package dev.consentry.redact.internal.detect;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import dev.consentry.redact.EntityType;

/**
 * Phone numbers via libphonenumber's {@code findNumbers} with leniency VALID.
 *
 * <p>Cheap trigger first: libphonenumber's matcher is regex-based and costs microseconds per call, so it
 * only sees short "phone-shaped" regions (digits with spaces, dashes, dots, slashes, parentheses and a
 * leading '+', 7-15 digits, on one line). Most text never reaches it.
 *
 * <p>The default region (US) gives the normal score. Numbers written in another country's national
 * format ("024 971 50 30") are valid in some other region; they get a lower score and usually need a
 * context word ("phone", "call", "fax", ...) to be reported, because many order numbers are valid
 * somewhere too.
 */
public final class PhoneDetector implements Detector {

    static final double SCORE = 0.75;
    static final double OTHER_REGION_SCORE = 0.45;
    static final double POSSIBLE_SCORE = 0.3;
    private static final String[] NEGATIVE = {"license", "licence", "passport", "order", "invoice", "tracking",
        "account", "acct", "ref", "reference", "id", "serial", "isbn", "policy", "routing", "sku", "receipt"};
    private static final String[] OTHER_REGIONS = {
        "GB", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "DK", "NO", "FI", "PL", "PT", "IE", "AU",
        "IN", "BR", "MX", "IL", "JP", "CN", "ZA", "NZ", "SG", "HU", "CZ", "GR", "EE", "UY", "AR"
    };

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    private final dev.consentry.redact.internal.text.TokenDictionary context;

    /** {@code context}: the phone context words; the costly other-region fallbacks only run near one. */
    public PhoneDetector(String defaultRegion, dev.consentry.redact.internal.text.TokenDictionary context) {
        this.defaultRegion = defaultRegion;
        this.context = context;
    }

    @Override
    public EntityType type() {
        return EntityType.PHONE_NUMBER;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int n = v.length();
        int i = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (!(TextView.isAsciiDigit(c) || ((c == '+' || c == '(') && TextView.isAsciiDigit(v.at(i + 1))))) {
                i++;
                continue;
            }
            char before = v.at(i - 1);
            if (TextView.isWordChar(before) || before == '.' || before == ',' || before == '/' || before == '-' || before == '$'
                    || before == '#' || before == ':' && TextView.isAsciiDigit(v.at(i - 2))) {
                while (i < n && (TextView.isWordChar(v.charAt(i)) || v.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && !TextView.isAsciiDigit(v.charAt(i))) {
                    i++;
                }
                continue;
            }
            int start = i;
            int digits = 0;
            int lastDigitEnd = i;
            int spaces = 0;
            boolean inExtension = false;
            int extensionDigits = 0;
            while (i < n && digits <= 16) {
                char d = v.charAt(i);
                if (TextView.isAsciiDigit(d)) {
                    if (!inExtension) {
                        digits++;
                    } else if (++extensionDigits > 6) {
                        break;
                    }
                    lastDigitEnd = i + 1;
                    spaces = 0;
                } else if (d == ' ') {
                    if (++spaces > 1 || inExtension) {
                        break;
                    }
                } else if (d == '-' || d == '.' || d == '(' || d == ')' || d == '/' || (d == '+' && i == start)) {
                    spaces = 0;
                } else if ((d == 'x' || d == 'X') && digits >= 7 && TextView.isAsciiDigit(v.at(i + 1))) {
                    spaces = 0; // extension: "345-899-3560x4587"; libphonenumber parses it
                    inExtension = true; // extension digits do not count towards the number's length
                } else {
                    break;
                }
                i++;
            }
            int end = lastDigitEnd;
            if (v.at(end) == ')') {
                end++;
            }
            if (digits >= 7 && digits <= 15 && !TextView.isWordChar(v.at(end)) && !looksLikeOtherNumber(v, start, lastDigitEnd)
                    && !(v.at(end) == ':' && TextView.isAsciiDigit(v.at(end + 1)))) {
                findIn(v, start, end, out, negativeContext(v, start) ? -0.4 : 0.0);
            }
            if (i == start) {
                i++;
            } else {
                i = Math.max(start + 1, lastDigitEnd);
            }
        }
    }

    private void findIn(TextView v, int start, int end, Candidates out, double adjust) {
        String region = v.text().subSequence(start, end).toString();
        if (addMatches(region, start, defaultRegion, Leniency.VALID, SCORE + adjust, out)) {
            return;
        }
        if (!nearContext(v, start, end)) {
            // Fallback scores stay under the threshold without a context word, so skip 30+ libphonenumber
            // calls that could not change the result (they made this detector 20x slower; BENCHMARKS.md).
            return;
        }
        double score = (hasSeparators(region) ? OTHER_REGION_SCORE : OTHER_REGION_SCORE - 0.1) + adjust;
        if (region.charAt(0) != '+') {
            for (String r : OTHER_REGIONS) {
                if (addMatches(region, start, r, Leniency.VALID, score, out)) {
                    return;
                }
            }
        }
        // Possible (right length for the region) but not valid: fake and reserved ranges, typos and new
        // ranges. Only reported with a context word ("phone", "fax", "call", ...).
        addMatches(region, start, region.charAt(0) == '+' ? defaultRegion : "GB", Leniency.POSSIBLE, POSSIBLE_SCORE + adjust, out);
    }

    private boolean nearContext(TextView v, int start, int end) {
        dev.consentry.redact.internal.text.Tokens t = v.tokens();
        int first = t.indexAtOrAfter(start);
        int after = t.indexAtOrAfter(end);
        for (int k = Math.max(0, first - 4); k < Math.min(t.count(), after + 2); k++) {
            if ((k < first || k >= after) && context.contains(v.text(), t.start(k), t.end(k))) {
                return true;
            }
        }
        return false;
    }

    /** Order, licence, invoice and tracking numbers are the classic phone look-alikes. */
    private static boolean negativeContext(TextView v, int start) {
        dev.consentry.redact.internal.text.Tokens t = v.tokens();
        int idx = t.indexAtOrAfter(start);
        for (int k = idx - 1; k >= 0 && k >= idx - 4; k--) {
            for (String w : NEGATIVE) {
                if (t.equalsIgnoreCase(k, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean addMatches(String region, int offset, String regionCode, Leniency leniency, double score, Candidates out) {
        boolean found = false;
        for (PhoneNumberMatch m : util.findNumbers(region, regionCode, leniency, Long.MAX_VALUE)) {
            out.add(offset + m.start(), offset + m.end(), EntityType.PHONE_NUMBER, score);
            found = true;
        }
        return found;
    }

    private static boolean hasSeparators(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ' ' || c == '-' || c == '(' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Shapes that are something else: dates (2024-01-31, 31.01.2024, 1/31/2024), times, IPv4 and
     * version numbers (dots with groups of at most 3 digits, four or more groups).
     */
    private static boolean looksLikeOtherNumber(TextView v, int start, int end) {
        int groups = 0;
        int dots = 0;
        int slashes = 0;
        int maxGroup = 0;
        int g = 0;
        for (int k = start; k < end; k++) {
            char c = v.charAt(k);
            if (TextView.isAsciiDigit(c)) {
                g++;
            } else {
                if (g > 0) {
                    groups++;
                    maxGroup = Math.max(maxGroup, g);
                }
                g = 0;
                dots += c == '.' ? 1 : 0;
                slashes += c == '/' ? 1 : 0;
            }
        }
        if (g > 0) {
            groups++;
            maxGroup = Math.max(maxGroup, g);
        }
        if (slashes >= 2 || (dots >= 3 && maxGroup <= 3)) {
            return true;
        }
        if (end - start >= 10 && TextView.isAsciiDigit(v.charAt(start + 3)) && !TextView.isAsciiDigit(v.charAt(start + 4))
                && v.charAt(start + 4) == v.charAt(start + 7) && (v.charAt(start + 4) == '-' || v.charAt(start + 4) == '/')) {
            return true; // 2015-12-22 or 2015/12/22, possibly followed by a time
        }
        if (groups == 3 && maxGroup == 4 && end - start == 10) {
            char s1 = v.charAt(start + 4);
            char s2 = v.charAt(start + 2);
            return (s1 == '-' && v.charAt(start + 7) == '-') || (s2 == '.' && v.charAt(start + 5) == '.')
                    || (s2 == '-' && v.charAt(start + 5) == '-');
        }
        return false;
    }
}
