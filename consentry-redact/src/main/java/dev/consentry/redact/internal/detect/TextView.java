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

    public TextView(CharSequence source) {
        this.source = source;
        this.text = new CharArrayText(source);
        this.chars = text.array();
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
        return chars.length;
    }

    /** Positions of every '@', in order, found in one pass shared by the e-mail and handle detectors. */
    public int[] atSigns() {
        if (atSigns == null) {
            int[] found = new int[4];
            int count = 0;
            for (int i = 0; i < chars.length; i++) {
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
            tokens = Tokens.of(text);
            text.attach(tokens);
        }
        return tokens;
    }

    public char charAt(int i) {
        return chars[i];
    }

    /** The char at i, or 0 outside the text; saves bounds checks in scanners. */
    public char at(int i) {
        return i >= 0 && i < chars.length ? chars[i] : 0;
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
        if (at < 0 || at + lower.length() > chars.length) {
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
