package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.validate.Iban;

/**
 * IBANs, compact ("GB82WEST12345698765432") or printed in groups of four ("GB82 WEST 1234 ..."): two
 * capital letters and two digits start a candidate; the country's registered length says exactly how
 * many characters to collect; mod 97 decides.
 */
public final class IbanDetector implements Detector {

    static final double SCORE = 0.95;

    @Override
    public EntityType type() {
        return EntityType.IBAN_CODE;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int n = v.length();
        StringBuilder compact = new StringBuilder(34);
        int next = 0; // chars before this belong to a found IBAN
        // An IBAN starts a word with two letters and then digits, so its third char starts a run of digits:
        // the positions two before each digit-run start (a short list) are all the candidates. The letter
        // and word-boundary tests below are the same as for a word start.
        int[] digitStarts = v.digitStarts();
        for (int k = 0, count = v.digitStartCount(); k < count; k++) {
            int i = digitStarts[k] - 2;
            if (i < 0 || i < next || i + 4 > n) {
                continue;
            }
            char c0 = v.charAt(i);
            boolean lower = c0 >= 'a' && c0 <= 'z';
            if (!(lower || (c0 >= 'A' && c0 <= 'Z')) || TextView.isWordChar(v.at(i - 1))) {
                continue;
            }
            char c1 = v.charAt(i + 1);
            if (!(lower ? c1 >= 'a' && c1 <= 'z' : c1 >= 'A' && c1 <= 'Z') || !TextView.isAsciiDigit(v.charAt(i + 2))
                    || !TextView.isAsciiDigit(v.charAt(i + 3))) {
                continue;
            }
            int expected = Iban.lengthFor(Character.toUpperCase(c0), Character.toUpperCase(c1));
            if (expected == 0) {
                continue;
            }
            compact.setLength(0);
            int p = i;
            while (p < n && compact.length() < expected) {
                char c = v.charAt(p);
                // one case throughout: "gb82west..." is an IBAN typed in lower case, "GB82west" is not
                if ((lower ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') || TextView.isAsciiDigit(c)) {
                    compact.append(Character.toUpperCase(c));
                    p++;
                } else if ((c == ' ' || c == '-') && p > i && isIbanChar(Character.toUpperCase(v.at(p + 1))) && isIbanChar(Character.toUpperCase(v.at(p - 1)))) {
                    p++;
                } else {
                    break;
                }
            }
            if (compact.length() == expected && !TextView.isWordChar(v.at(p)) && Iban.isValid(compact)) {
                out.add(i, p, EntityType.IBAN_CODE, SCORE);
                next = p;
            }
        }
    }

    private static boolean isIbanChar(char c) {
        return (c >= 'A' && c <= 'Z') || TextView.isAsciiDigit(c);
    }
}
