package dev.consentry.redact.internal.detect;

import dev.consentry.redact.internal.text.CharArrayText;
import dev.consentry.redact.internal.text.Tokens;

/**
 * The text being scanned plus its word tokens, computed lazily once and shared by the detectors.
 *
 * <p>The chars are copied once into an array: every detector reads every char, and an array load is
 * cheaper than {@code CharSequence.charAt} (an interface call, and for a String a coder check and a
 * bounds check per char). {@link #text()} is the same chars as a {@link CharArrayText}, which the
 * dictionaries and the tokenizer read directly; {@link #source()} is the text as given.
 */
public final class TextView {

    private final CharSequence source;
    private final CharArrayText text;
    private final char[] chars;
    private Tokens tokens;
    private int[] atSigns;
    private int[] wordStartsAndColons;
    private int[] digitTriggers;

    private final Scratch scratch;
    private final int length;

    public TextView(CharSequence source) {
        this(source, null);
    }

    /** With per-thread buffers to reuse; {@code scratch} may be null. */
    TextView(CharSequence source, Scratch scratch) {
        this.source = source;
        this.scratch = scratch;
        this.length = source.length();
        char[] buffer = scratch != null ? scratch.chars(length) : new char[length];
        this.chars = CharArrayText.copy(source, buffer);
        this.text = new CharArrayText(chars, length);
    }

    /** The text, equal char for char to {@link #source()}. */
    public CharSequence text() {
        return text;
    }

    /** The text exactly as passed in (for String operations such as {@code indexOf}). */
    public CharSequence source() {
        return source;
    }

    public int length() {
        return length;
    }

    /**
     * In order, every position where a run of word chars ({@link #isWordChar}) starts, and every ':'. The
     * URL, IP and IBAN scanners act only there (a scheme's "://", or a word boundary), so they visit these
     * positions instead of every char; one pass computes them for all three.
     */
    public int[] wordStartsAndColons() {
        if (wordStartsAndColons == null) {
            int[] found = new int[Math.max(4, length / 4)];
            int count = 0;
            boolean inWord = false;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                boolean word = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        : Character.isLetterOrDigit(c);
                if ((word && !inWord) || c == ':') {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
                inWord = word;
            }
            wordStartsAndColons = java.util.Arrays.copyOf(found, count);
        }
        return wordStartsAndColons;
    }

    /**
     * In order, every digit not preceded by a digit, and every '+' or '(' followed by a digit: where the
     * card, SSN and phone scanners can start. From any position that is not one of these, those scanners
     * only step to the next char, so they jump here instead ({@link #nextDigitTrigger}).
     */
    public int[] digitTriggers() {
        if (digitTriggers == null) {
            int[] found = new int[16];
            int count = 0;
            boolean prevDigit = false;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                boolean digit = c >= '0' && c <= '9';
                if ((digit && !prevDigit) || ((c == '+' || c == '(') && i + 1 < length && isAsciiDigit(chars[i + 1]))) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
                prevDigit = digit;
            }
            digitTriggers = java.util.Arrays.copyOf(found, count);
        }
        return digitTriggers;
    }

    /**
     * The first digit trigger at or after {@code from}, or {@link #length()}; {@code cursor[0]} is the
     * caller's index into {@link #digitTriggers()}, so a scan that only moves forward pays O(1) per call.
     */
    public int nextDigitTrigger(int from, int[] cursor) {
        int[] t = digitTriggers();
        int k = cursor[0];
        while (k < t.length && t[k] < from) {
            k++;
        }
        cursor[0] = k;
        return k < t.length ? t[k] : length;
    }

    /** Positions of every '@', in order, found in one pass shared by the e-mail and handle detectors. */
    public int[] atSigns() {
        if (atSigns == null) {
            int[] found = new int[4];
            int count = 0;
            for (int i = 0; i < length; i++) {
                if (chars[i] == '@') {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
            }
            atSigns = java.util.Arrays.copyOf(found, count);
        }
        return atSigns;
    }

    public Tokens tokens() {
        if (tokens == null) {
            tokens = scratch != null ? scratch.tokens(text) : Tokens.of(text);
            text.attach(tokens, scratch != null ? scratch.tokenStarts(length) : new int[length]);
        }
        return tokens;
    }

    public char charAt(int i) {
        if (i >= length) {
            throw new StringIndexOutOfBoundsException(i); // the buffer may be longer than the text
        }
        return chars[i];
    }

    /** The char at i, or 0 outside the text; saves bounds checks in scanners. */
    public char at(int i) {
        return i >= 0 && i < length ? chars[i] : 0;
    }

    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean isAsciiAlnum(char c) {
        return isAsciiDigit(c) || isAsciiLetter(c);
    }

    /** A letter or digit in any script: the "word" side of a word boundary. */
    public static boolean isWordChar(char c) {
        return c < 128 ? isAsciiAlnum(c) : Character.isLetterOrDigit(c);
    }

    public boolean regionMatchesIgnoreCase(int at, String lower) {
        if (at < 0 || at + lower.length() > length) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = chars[at + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
