package dev.consentry.redact.internal.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.validate.PhoneNumberValidity;
import dev.consentry.redact.internal.text.Tokens;

/**
 * Phone numbers: a hand-written candidate scanner, then libphonenumber as the validator.
 *
 * <p><b>Candidates.</b> One pass over the text collects "phone-shaped" regions: digits with single
 * spaces, dashes, dots, slashes and parentheses between them, an optional leading '+', an optional
 * "x123" extension, 7-15 digits, on one line, not glued to a word, a price, an id or a longer number,
 * and not shaped like a date, a time, an IPv4 address or a version. Most text never gets further.
 *
 * <p><b>Validation.</b> libphonenumber decides, but through {@code parse} + {@code isValidNumber}, not
 * {@code findNumbers}: its regex-based matcher cost 15-25 µs per call and made this detector 10x slower
 * than every other one together (BENCHMARKS.md). A candidate of the default region's (NANP) shape —
 * exactly 10 national digits, or 11 with the trunk prefix 1 — skips {@code parse} (its national number is
 * the digits) and is validated by {@link PhoneNumberValidity}: the same answer as {@code isValidNumber}
 * from libphonenumber's own metadata, compiled to automata instead of matched as regular expressions.
 * Anything else (a '+', other lengths, "(0)") goes through {@code parse} and {@code isValidNumber}.
 *
 * <p><b>Other regions.</b> A number valid for the default region (US) gets the normal score. Numbers
 * written in another country's national format ("024 971 50 30") are valid in some other region; they
 * get a lower score and need a context word ("phone", "call", "fax", ...) to be reported, because many
 * order numbers are valid somewhere too, so those checks only run near a context word. A number in the
 * default region's own shape that fails validation there is not re-read as a foreign number (it was
 * written the North American way); near a context word it is reported at the "possible" score, as a
 * mistyped or fictional number still is personal data.
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
    private final boolean nanpDefault;
    /** isValidNumber for +1 numbers, on automata (default region in the NANP only). */
    private final PhoneNumberValidity nanpValidity;
    private final TokenDictionary context;
    private final TokenDictionary negative;

    /** {@code context}: the phone context words; the costly other-region fallbacks only run near one. */
    public PhoneDetector(String defaultRegion, TokenDictionary context) {
        this.defaultRegion = defaultRegion;
        this.nanpDefault = util.getCountryCodeForRegion(defaultRegion) == 1;
        this.nanpValidity = nanpDefault ? new PhoneNumberValidity(1) : null;
        this.context = context;
        this.negative = TokenDictionary.ofWords(NEGATIVE);
    }

    @Override
    public EntityType type() {
        return EntityType.PHONE_NUMBER;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int n = v.length();
        int[] cursor = new int[1];
        int i = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (!(TextView.isAsciiDigit(c) || ((c == '+' || c == '(') && TextView.isAsciiDigit(v.at(i + 1))))) {
                i = v.nextDigitTrigger(i + 1, cursor); // nothing in between can start a number either
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
            long national = 0; // the main digits (not the extension) as a number; at most 16 fit
            while (i < n && digits <= 16) {
                char d = v.charAt(i);
                if (TextView.isAsciiDigit(d)) {
                    if (!inExtension) {
                        digits++;
                        national = national * 10 + (d - '0');
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
                    spaces = 0; // extension: "345-899-3560x4587"
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
                validate(v, start, end, digits, national, out);
            }
            if (i == start) {
                i++;
            } else {
                i = Math.max(start + 1, lastDigitEnd);
            }
        }
    }

    private void validate(TextView v, int start, int end, int digits, long national, Candidates out) {
        double adjust = negativeContext(v, start) ? -0.4 : 0.0;
        boolean plus = v.charAt(start) == '+';
        long nanp = !plus && nanpDefault ? nanpNationalNumber(digits, national) : -1;
        if (nanp > 0) {
            if (nanpValidity.isValid(nanp)) {
                out.add(start, end, EntityType.PHONE_NUMBER, SCORE + adjust);
                return;
            }
            if (nearContext(v, start, end)) {
                // Fictional (555-01xx) and unassigned numbers in the North American shape: still a number.
                out.add(start, end, EntityType.PHONE_NUMBER, POSSIBLE_SCORE + adjust);
            }
            return;
        }
        String candidate = null;
        if (plus || !nanpDefault) {
            candidate = v.text().subSequence(start, end).toString();
            PhoneNumber number = parse(candidate, defaultRegion);
            if (number != null && util.isValidNumber(number)) {
                out.add(start, end, EntityType.PHONE_NUMBER, SCORE + adjust);
                return;
            }
        }
        if (insideStrongerSpan(out, start, end)) {
            // "GB82 WEST 1234 5698 7654 32 call me": the digit groups of an IBAN or a card next to a context
            // word are phone-shaped, but the span around them outscores any fallback result, so the 30+
            // libphonenumber parses below could only produce a candidate that loses (BENCHMARKS.md).
            return;
        }
        if (!nearContext(v, start, end)) {
            // Fallback scores stay under the threshold without a context word, so skip 30+ libphonenumber
            // calls that could not change the result (BENCHMARKS.md).
            return;
        }
        if (candidate == null) {
            candidate = v.text().subSequence(start, end).toString();
        }
        double score = (hasSeparators(candidate) ? OTHER_REGION_SCORE : OTHER_REGION_SCORE - 0.1) + adjust;
        if (!plus) {
            for (String r : OTHER_REGIONS) {
                PhoneNumber number = parse(candidate, r);
                if (number != null && util.isValidNumber(number)) {
                    out.add(start, end, EntityType.PHONE_NUMBER, score);
                    return;
                }
            }
        }
        // Possible (right length for the region) but not valid: fake and reserved ranges, typos and new
        // ranges. Only reported with a context word ("phone", "fax", "call", ...).
        PhoneNumber number = parse(candidate, plus ? defaultRegion : "GB");
        if (number != null && util.isPossibleNumber(number)) {
            out.add(start, end, EntityType.PHONE_NUMBER, POSSIBLE_SCORE + adjust);
        }
    }

    /**
     * True when a candidate found earlier covers {@code [start, end)} with a score no fallback result can
     * reach, even with its context boost. The pipeline runs the IBAN and card detectors before this one.
     */
    private static boolean insideStrongerSpan(Candidates found, int start, int end) {
        for (int k = 0; k < found.size(); k++) {
            if (found.start(k) <= start && end <= found.end(k)
                    && found.score(k) > OTHER_REGION_SCORE + DetectionPipeline.CONTEXT_BOOST) {
                return true;
            }
        }
        return false;
    }

    /**
     * The national number a NANP candidate stands for — what {@code parse(candidate, "US")} gives for 10
     * digits not starting with 0 or 1, or 11 digits starting with the trunk prefix 1 — or -1 when the
     * digit count cannot be a North American number.
     */
    static long nanpNationalNumber(int digits, long national) {
        if (digits == 11 && national / 10_000_000_000L == 1) {
            national -= 10_000_000_000L;
            digits = 10;
        }
        if (digits != 10) {
            return -1;
        }
        long first = national / 1_000_000_000L;
        return first >= 2 ? national : -1;
    }

    private PhoneNumber parse(String candidate, String region) {
        try {
            return util.parse(candidate, region);
        } catch (NumberParseException e) {
            return null; // not a number in this region; the message would quote the candidate, so drop it
        }
    }

    private boolean nearContext(TextView v, int start, int end) {
        return DetectionPipeline.contextNear(v, context, start, end); // the boost's window: a fallback result gets boosted
    }

    /** Order, licence, invoice and tracking numbers are the classic phone look-alikes. */
    private boolean negativeContext(TextView v, int start) {
        Tokens t = v.tokens();
        int idx = t.indexAtOrAfter(start);
        for (int k = idx - 1; k >= 0 && k >= idx - 4; k--) {
            if (negative.contains(v.text(), t.start(k), t.end(k))) {
                return true;
            }
        }
        return false;
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
