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
