package dev.consentry.redact.internal.detect;

import java.util.Arrays;

/**
 * Where the scanners of one text can start, as sorted position lists: word starts and ':' (URL, IP, IBAN:
 * a scheme's "://" or a word boundary), digits after a non-digit and a '+' or '(' right before one (card,
 * SSN, phone), '@' (e-mail, handles), '.' (URL: social hosts) and ':' alone (IP). Filled by one of
 * {@link TextView}'s two passes, both of which end in {@link #walk} for chars they do not skip.
 */
final class TriggerLists {

    static final int WORD = 1;
    static final int DIGIT = 2;
    static final int COLON = 4;
    static final int AT = 8;
    static final int PLUS_OR_PAREN = 16;
    static final int DOT = 32;
    /** Trigger classes of the ASCII chars; above ASCII only "word" (a letter or digit) matters. */
    private static final byte[] ASCII_CLASS = asciiClasses();

    int[] words;
    int wordCount;
    int[] digits;
    int digitCount;
    int[] ats;
    int atCount;
    int[] dots;
    int dotCount;
    int[] colons;
    int colonCount;

    /** Lists for a text of n chars; a short text's come from {@code scratch} (may be null) with room for every char. */
    TriggerLists(Scratch scratch, int n) {
        words = scratch != null ? scratch.wordStarts(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        digits = scratch != null ? scratch.digitStarts(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        ats = scratch != null ? scratch.atSigns(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        dots = scratch != null ? scratch.dots(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        colons = scratch != null ? scratch.colons(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
    }

    static int charClass(char c) {
        return c < 128 ? ASCII_CLASS[c] : Character.isLetterOrDigit(c) ? WORD : 0;
    }

    /**
     * Every trigger among {@code a[from, to)}, given the class of the char before {@code from}: word and digit
     * runs count where they start, every ':', '@' and '.' counts. Most chars continue a word or are a lone
     * separator and cost one table lookup.
     */
    void walk(char[] a, int from, int to, int prev) {
        for (int i = from; i < to; i++) {
            int cls = charClass(a[i]);
            int starts = (cls & ~prev & (WORD | DIGIT)) | (cls & (COLON | AT | DOT));
            int before = prev;
            prev = cls;
            if (starts == 0) {
                continue; // inside a word, or a plain separator: most chars
            }
            if ((starts & (WORD | COLON)) != 0) {
                word(i);
            }
            if ((starts & COLON) != 0) {
                if (colonCount == colons.length) {
                    colons = grow(colons);
                }
                colons[colonCount++] = i;
            }
            if ((starts & DIGIT) != 0) {
                if ((before & PLUS_OR_PAREN) != 0) {
                    digit(i - 1); // a '+' or '(' right before a digit run is a trigger too
                }
                digit(i);
            }
            if ((starts & AT) != 0) {
                if (atCount == ats.length) {
                    ats = grow(ats);
                }
                ats[atCount++] = i;
            }
            if ((starts & DOT) != 0) {
                if (dotCount == dots.length) {
                    dots = grow(dots);
                }
                dots[dotCount++] = i;
            }
        }
    }

    void word(int i) {
        if (wordCount == words.length) {
            words = grow(words);
        }
        words[wordCount++] = i;
    }

    void digit(int i) {
        if (digitCount == digits.length) {
            digits = grow(digits);
        }
        digits[digitCount++] = i;
    }

    /**
     * A short text's lists have room for every char, so they never grow; a long text's start small and
     * double when full, so a 50 MB line does not allocate five 200 MB arrays up front. (The array field is
     * written only here: a reference store on every append would pay a GC write barrier each time.)
     */
    private static int[] grow(int[] a) {
        return Arrays.copyOf(a, Math.max(16, a.length * 2));
    }

    private static byte[] asciiClasses() {
        byte[] t = new byte[128];
        for (char c = 0; c < 128; c++) {
            int k = 0;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                k = WORD;
            } else if (c >= '0' && c <= '9') {
                k = WORD | DIGIT;
            } else if (c == ':') {
                k = COLON;
            } else if (c == '@') {
                k = AT;
            } else if (c == '+' || c == '(') {
                k = PLUS_OR_PAREN;
            } else if (c == '.') {
                k = DOT;
            }
            t[c] = (byte) k;
        }
        return t;
    }
}
