package dev.consentry.redact.internal.text;

/**
 * A record's chars in an array, as a {@link CharSequence}. Detectors and dictionaries read every char of
 * every record; through this final class a read is an array load, where {@code String.charAt} adds a
 * coder check and a bounds check, and {@link TokenDictionary} hashes the array directly.
 */
public final class CharArrayText implements CharSequence {

    private final char[] chars;

    public CharArrayText(CharSequence text) {
        int n = text.length();
        char[] c = new char[n];
        if (text instanceof String s) {
            s.getChars(0, n, c, 0);
        } else {
            for (int i = 0; i < n; i++) {
                c[i] = text.charAt(i);
            }
        }
        this.chars = c;
    }

    /** Token index + 1 at each token's start char, once {@link #attach(Tokens)} ran; 0 elsewhere. */
    private int[] tokenAtStart;
    private Tokens tokens;

    /**
     * Lets dictionary lookups of whole tokens reuse the hash the tokenizer computed while scanning
     * (PERSON alone looks each token up in four dictionaries).
     */
    public void attach(Tokens t) {
        int[] at = new int[chars.length];
        for (int k = 0; k < t.count(); k++) {
            at[t.start(k)] = k + 1;
        }
        this.tokenAtStart = at;
        this.tokens = t;
    }

    /** The unmixed folded hash of {@code [start, end)}: the tokenizer's when it is exactly one token. */
    int rawHash(int start, int end) {
        if (tokenAtStart != null && start < tokenAtStart.length) {
            int k = tokenAtStart[start] - 1;
            if (k >= 0 && tokens.end(k) == end) {
                return tokens.hash(k);
            }
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + TokenDictionary.fold(chars[i]);
        }
        return h;
    }

    /** The backing array, shared: callers must not modify it. */
    public char[] array() {
        return chars;
    }

    @Override
    public int length() {
        return chars.length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars);
    }
}
