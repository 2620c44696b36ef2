package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.text.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * Dates of birth: a date is personal data when the text says it is a birth date. A birth cue ("born",
 * "DOB", "D.O.B.", "birthday", "birthdate", "date of birth") must come at most eight tokens before the
 * date; dates without a cue are not reported (they are mostly appointments and timestamps).
 *
 * <p>Date shapes: 31/12/1990, 12-31-90, 1990-12-31, 31.12.1990, "December 31, 1990", "31 Dec 1990",
 * "Dec 31st", "31st of December 1990".
 */
public final class DateOfBirthDetector implements Detector {

    static final double SCORE = 0.9;
    private static final int WINDOW = 8;

    private final TokenDictionary months;

    public DateOfBirthDetector() {
        Map<String, Integer> m = new HashMap<>();
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int k = 0; k < names.length; k++) {
            m.put(names[k], k + 1);
            m.put(names[k].substring(0, 3), k + 1);
        }
        m.put("sept", 9);
        months = TokenDictionary.of(m);
    }

    @Override
    public EntityType type() {
        return EntityType.DATE_OF_BIRTH;
    }

    @Override
    public boolean readsEveryToken() {
        return true;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        Tokens t = v.tokens();
        int n = t.count();
        int lastEnd = -1;
        for (int i = 0; i < n; i++) {
            if (!isCue(v, t, i)) {
                continue;
            }
            for (int j = i + 1; j < n && j <= i + WINDOW; j++) {
                if (t.start(j) < lastEnd) {
                    continue;
                }
                int end = dateAt(v, t, j);
                if (end > 0) {
                    out.add(t.start(j), end, EntityType.DATE_OF_BIRTH, SCORE);
                    lastEnd = end;
                    break;
                }
            }
        }
    }

    private static boolean isCue(TextView v, Tokens t, int i) {
        char first = v.charAt(t.start(i));
        if (first != 'b' && first != 'B' && first != 'd' && first != 'D') {
            return false; // every cue below starts with b or d; most tokens stop here
        }
        if (t.equalsIgnoreCase(i, "born") || t.equalsIgnoreCase(i, "dob") || t.equalsIgnoreCase(i, "birthday")
                || t.equalsIgnoreCase(i, "birthdate") || t.equalsIgnoreCase(i, "bday") || t.equalsIgnoreCase(i, "b-day")) {
            return true;
        }
        if (t.equalsIgnoreCase(i, "birth")) {
            return true; // "date of birth", "birth date"
        }
        // D.O.B.
        return t.equalsIgnoreCase(i, "b") && i >= 2 && t.equalsIgnoreCase(i - 1, "o") && t.equalsIgnoreCase(i - 2, "d")
                && v.at(t.start(i) - 1) == '.';
    }

    /** The end char offset of a date starting at token j, or -1. */
    private int dateAt(TextView v, Tokens t, int j) {
        int n = t.count();
        CharSequence s = v.text();
        if (t.is(j, Tokens.HAS_DIGIT) && !t.is(j, Tokens.HAS_LETTER)) {
            // numeric: three groups joined by the same separator
            int len1 = t.length(j);
            if (j + 2 < n && len1 <= 4) {
                char sep1 = v.at(t.end(j));
                char sep2 = v.at(t.end(j + 1));
                if ((sep1 == '/' || sep1 == '-' || sep1 == '.') && sep1 == sep2 && t.start(j + 1) == t.end(j) + 1
                        && t.start(j + 2) == t.end(j + 1) + 1 && numeric(t, j + 1) && numeric(t, j + 2)) {
                    int a = num(s, t, j);
                    int b = num(s, t, j + 1);
                    int c = num(s, t, j + 2);
                    boolean iso = len1 == 4 && month(b) && day(c);
                    boolean dmyOrMdy = len1 <= 2 && (t.length(j + 2) == 4 || t.length(j + 2) == 2)
                            && ((month(a) && day(b)) || (day(a) && month(b)));
                    if ((iso && t.length(j + 2) <= 2) || dmyOrMdy) {
                        return t.end(j + 2);
                    }
                }
            }
            // "31 December 1990", "31st of Dec"
            if (t.length(j) <= 2 && day(num(s, t, j))) {
                int k = j + 1;
                if (k < n && t.equalsIgnoreCase(k, "of")) {
                    k++;
                }
                if (k < n && months.contains(s, t.start(k), t.end(k))) {
                    return yearAfter(v, t, k);
                }
            }
            return -1;
        }
        if (isOrdinalDay(v, t, j)) {
            int k = j + 1;
            if (k < n && t.equalsIgnoreCase(k, "of")) {
                k++;
            }
            if (k < n && months.contains(s, t.start(k), t.end(k))) {
                return yearAfter(v, t, k);
            }
            return -1;
        }
        if (months.contains(s, t.start(j), t.end(j)) && !t.is(j, Tokens.ALL_LOWER) || months.contains(s, t.start(j), t.end(j)) && t.length(j) > 3) {
            int k = j + 1;
            if (k < n && (numeric(t, k) && t.length(k) <= 2 && day(num(s, t, k)) || isOrdinalDay(v, t, k))) {
                return yearAfter(v, t, k);
            }
            if (k < n && numeric(t, k) && t.length(k) == 4) {
                return t.end(k); // "March 1990"
            }
        }
        return -1;
    }

    /** End of an optional ", 1990" / " 1990" after token k, else the end of token k. */
    private static int yearAfter(TextView v, Tokens t, int k) {
        int y = k + 1;
        if (y < t.count() && numeric(t, y) && t.length(y) == 4 && t.start(y) - t.end(k) <= 3) {
            return t.end(y);
        }
        return t.end(k);
    }

    private static boolean isOrdinalDay(TextView v, Tokens t, int k) {
        if (k >= t.count() || !t.is(k, Tokens.HAS_DIGIT) || t.length(k) < 3 || t.length(k) > 4) {
            return false;
        }
        int e = t.end(k);
        char a = Character.toLowerCase(v.charAt(e - 2));
        char b = Character.toLowerCase(v.charAt(e - 1));
        boolean suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
        if (!suffix) {
            return false;
        }
        int d = 0;
        for (int p = t.start(k); p < e - 2; p++) {
            char c = v.charAt(p);
            if (!TextView.isAsciiDigit(c)) {
                return false;
            }
            d = d * 10 + (c - '0');
        }
        return day(d);
    }

    private static boolean numeric(Tokens t, int i) {
        return t.is(i, Tokens.HAS_DIGIT) && !t.is(i, Tokens.HAS_LETTER);
    }

    private static int num(CharSequence s, Tokens t, int i) {
        int x = 0;
        for (int k = t.start(i); k < t.end(i) && k - t.start(i) < 5; k++) {
            x = x * 10 + (s.charAt(k) - '0');
        }
        return x;
    }

    private static boolean month(int m) {
        return m >= 1 && m <= 12;
    }

    private static boolean day(int d) {
        return d >= 1 && d <= 31;
    }
}
