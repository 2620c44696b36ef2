package dev.consentry.redact.internal.text;

/**
 * A record's chars in an array, as a {@link CharSequence}. Detectors and dictionaries read every char of
 * every record; through this final class a read is an array load, where {@code String.charAt} adds a
 * coder check and a bounds check, and {@link TokenDictionary} hashes the array directly.
 */
public final class CharArrayText implements CharSequence {

    private final char[] chars;
    private final int length;

    public CharArrayText(CharSequence text) {
        this(copy(text, new char[text.length()]), text.length());
    }

    /** The first {@code length} chars of {@code buffer} (a reused buffer may be longer than the text). */
    public CharArrayText(char[] buffer, int length) {
        if (length > buffer.length) {
            throw new IllegalArgumentException("length " + length + " exceeds buffer of " + buffer.length);
        }
        this.chars = buffer;
        this.length = length;
    }

    /** Copies {@code text} into the start of {@code buffer} and returns the buffer. */
    public static char[] copy(CharSequence text, char[] buffer) {
        int n = text.length();
        if (text instanceof String s) {
            s.getChars(0, n, buffer, 0);
        } else {
            for (int i = 0; i < n; i++) {
                buffer[i] = text.charAt(i);
            }
        }
        return buffer;
    }

    /**
     * Token index + 1 at each token's start char, once {@link #attach} ran. Other entries may hold stale
     * indexes from an earlier record (the buffer is reused unzeroed), so a hit is always verified.
     */
    private int[] tokenAtStart;
    private Tokens tokens;

    /**
     * Lets dictionary lookups of whole tokens reuse the hash the tokenizer computed while scanning
     * (PERSON alone looks each token up in four dictionaries). {@code buffer} must have at least
     * {@link #length()} entries; its contents do not matter.
     */
    public void attach(Tokens t, int[] buffer) {
        for (int k = 0; k < t.count(); k++) {
            buffer[t.start(k)] = k + 1;
        }
        this.tokenAtStart = buffer;
        this.tokens = t;
    }

    /** The unmixed folded hash of {@code [start, end)}: the tokenizer's when it is exactly one token. */
    int rawHash(int start, int end) {
        if (tokenAtStart != null && start < length) {
            int k = tokenAtStart[start] - 1;
            if (k >= 0 && k < tokens.count() && tokens.start(k) == start && tokens.end(k) == end) {
                return tokens.hash(k);
            }
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + TokenDictionary.fold(chars[i]);
        }
        return h;
    }

    /** The backing array, shared and possibly longer than {@link #length()}: callers must not modify it. */
    public char[] array() {
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (end > length) {
            throw new StringIndexOutOfBoundsException(end);
        }
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
