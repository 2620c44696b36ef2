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

    /** At least n entries, always: {@code CharArrayText.attach} indexes it by char position. */
    int[] tokenStarts(int n) {
        return n > MAX_KEPT + 1 ? new int[n] : ints(TOKEN_STARTS, n);
    }

    int[] wordStarts(int n) {
        return ints(WORD_STARTS, n);
    }

    int[] digitStarts(int n) {
        return ints(DIGIT_STARTS, n);
    }

    int[] atSigns(int n) {
        return ints(AT_SIGNS, n);
    }

    int[] dots(int n) {
        return ints(DOTS, n);
    }

    int[] colons(int n) {
        return ints(COLONS, n);
    }

    private static final int TOKEN_STARTS = 0;
    private static final int WORD_STARTS = 1;
    private static final int DIGIT_STARTS = 2;
    private static final int AT_SIGNS = 3;
    private static final int DOTS = 4;
    private static final int COLONS = 5;
    private final int[][] ints = new int[6][2_048];

    /**
     * The kept int buffer {@code which}, grown to at least n; past {@value #MAX_KEPT} (+1 for the trigger
     * lists' sentinel room) a small fresh array that its user grows, so a huge text pins nothing.
     */
    private int[] ints(int which, int n) {
        if (n > MAX_KEPT + 1) {
            return new int[MAX_KEPT + 1];
        }
        int[] buffer = ints[which];
        if (buffer.length < n) {
            buffer = new int[Math.max(n, buffer.length * 2)];
            ints[which] = buffer;
        }
        return buffer;
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
