package dev.consentry.redact.internal.detect;

import dev.consentry.redact.internal.text.Tokens;

/**
 * Buffers one thread reuses from record to record, so that detecting in a short record allocates little
 * beyond the resulting spans: the char copy, the token arrays, the token-start index and the candidate
 * arrays. Held per engine in a {@link ThreadLocal} (no static state); texts longer than
 * {@value #MAX_KEPT} chars get fresh buffers that are not kept, so a 50 MB record does not pin 100 MB
 * of char array to the thread afterwards.
 */
final class Scratch {

    static final int MAX_KEPT = 1 << 16;

    private char[] chars = new char[2_048];
    private int[] tokenStarts = new int[2_048];
    private Tokens tokens;
    private final Candidates candidates = new Candidates();

    /** A buffer of at least n chars; kept for the next record when n is small enough. */
    char[] chars(int n) {
        if (n > MAX_KEPT) {
            return new char[n];
        }
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        return chars;
    }

    int[] tokenStarts(int n) {
        if (n > MAX_KEPT) {
            return new int[n];
        }
        if (tokenStarts.length < n) {
            tokenStarts = new int[Math.max(n, tokenStarts.length * 2)];
        }
        return tokenStarts;
    }

    private int[] wordStarts = new int[2_048];
    private int[] digitStarts = new int[2_048];
    private int[] atSigns = new int[2_048];

    int[] wordStarts(int n) {
        if (n > MAX_KEPT + 1) {
            return new int[MAX_KEPT + 1]; // a long text's list grows as needed (TextView)
        }
        if (wordStarts.length < n) {
            wordStarts = new int[Math.max(n, wordStarts.length * 2)];
        }
        return wordStarts;
    }

    int[] digitStarts(int n) {
        if (n > MAX_KEPT + 1) {
            return new int[MAX_KEPT + 1]; // a long text's list grows as needed (TextView)
        }
        if (digitStarts.length < n) {
            digitStarts = new int[Math.max(n, digitStarts.length * 2)];
        }
        return digitStarts;
    }

    private int[] dots = new int[2_048];
    private int[] colons = new int[2_048];

    int[] colons(int n) {
        if (n > MAX_KEPT + 1) {
            return new int[MAX_KEPT + 1]; // a long text's list grows as needed (TextView)
        }
        if (colons.length < n) {
            colons = new int[Math.max(n, colons.length * 2)];
        }
        return colons;
    }

    int[] dots(int n) {
        if (n > MAX_KEPT + 1) {
            return new int[MAX_KEPT + 1]; // a long text's list grows as needed (TextView)
        }
        if (dots.length < n) {
            dots = new int[Math.max(n, dots.length * 2)];
        }
        return dots;
    }

    int[] atSigns(int n) {
        if (n > MAX_KEPT + 1) {
            return new int[MAX_KEPT + 1]; // a long text's list grows as needed (TextView)
        }
        if (atSigns.length < n) {
            atSigns = new int[Math.max(n, atSigns.length * 2)];
        }
        return atSigns;
    }

    /** Tokens of text, reusing the previous record's arrays when the text is short. */
    Tokens tokens(CharSequence text) {
        if (text.length() > MAX_KEPT) {
            return Tokens.of(text);
        }
        tokens = Tokens.of(text, tokens);
        return tokens;
    }

    /** Empty candidates; the kept instance unless a huge record grew it. */
    Candidates candidates() {
        if (candidates.capacity() > MAX_KEPT / 4) {
            return new Candidates();
        }
        candidates.clear();
        return candidates;
    }
}
