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
    private TriggerLists triggers;

    private final Scratch scratch;
    private final int length;
    private final boolean triggersFromTokens;

    public TextView(CharSequence source) {
        this(source, null, false);
    }

    /**
     * With per-thread buffers to reuse ({@code scratch} may be null). {@code triggersFromTokens}: the caller
     * will tokenize the text anyway, so the triggers are read off the tokens (see {@link #triggers}).
     */
    TextView(CharSequence source, Scratch scratch, boolean triggersFromTokens) {
        this.source = source;
        this.scratch = scratch;
        this.triggersFromTokens = triggersFromTokens;
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
     * Finds where the scanners can start (see {@link TriggerLists}), so that none of them tests every char.
     * When the text is tokenized anyway, the lists are read off the tokens; otherwise one pass walks every char.
     */
    private TriggerLists triggers() {
        if (triggers == null) {
            TriggerLists lists = new TriggerLists(scratch, length);
            if (triggersFromTokens) {
                fromTokens(lists);
            } else {
                lists.walk(chars, 0, length, 0);
            }
            triggers = lists;
        }
        return triggers;
    }

    /**
     * The same lists as a walk over every char, read off the tokens. Every letter or digit lies inside a
     * token, so the chars between tokens can only add ':', '@' and '.'; a plain ASCII token (no
     * {@link Tokens#HAS_OTHER}) is one word run, whose digit runs matter only when it has a digit. Only
     * tokens with other chars inside (an apostrophe, a non-ASCII letter or mark) are walked char by char.
     * This skips the per-char pass over letters, whose branch at every word start was most of its cost.
     */
    private void fromTokens(TriggerLists lists) {
        Tokens t = tokens();
        int n = length;
        char[] a = chars;
        int pos = 0;
        int count = t.count();
        for (int k = 0; k <= count; k++) {
            int gapEnd = k < count ? t.start(k) : n;
            for (int i = pos; i < gapEnd; i++) { // between tokens: no letter or digit, so only ':', '@' and '.'
                char c = a[i];
                if (c == ':' || c == '@' || c == '.') {
                    lists.walk(a, i, i + 1, 0);
                }
            }
            if (k == count) {
                break;
            }
            int s = gapEnd;
            int e = t.end(k);
            int f = t.flags(k);
            if ((f & Tokens.HAS_OTHER) == 0) {
                lists.word(s); // the char before is between tokens, so never a letter or digit
                if ((f & Tokens.HAS_DIGIT) != 0) {
                    boolean prevDigit = false;
                    for (int i = s; i < e; i++) {
                        boolean digit = a[i] <= '9'; // an ASCII letter or digit
                        if (digit && !prevDigit) {
                            if (i == s && s > 0 && (a[s - 1] == '+' || a[s - 1] == '(')) {
                                lists.digit(s - 1);
                            }
                            lists.digit(i);
                        }
                        prevDigit = digit;
                    }
                }
            } else {
                lists.walk(a, s, e, s > 0 ? TriggerLists.charClass(a[s - 1]) : 0);
            }
            pos = e;
        }
    }

    /** Positions of every ':', in order: the first {@link #colonCount()} entries. */
    public int[] colons() {
        return triggers().colons;
    }

    public int colonCount() {
        return triggers().colonCount;
    }

    /** Positions of every '.', in order: the first {@link #dotCount()} entries. */
    public int[] dots() {
        return triggers().dots;
    }

    public int dotCount() {
        return triggers().dotCount;
    }

    /**
     * Every position where a run of word chars ({@link #isWordChar}) starts, and every ':', in order: the
     * first {@link #wordStartCount()} entries. The URL, IP and IBAN scanners act only there.
     */
    public int[] wordStartsAndColons() {
        return triggers().words;
    }

    public int wordStartCount() {
        return triggers().wordCount;
    }

    /**
     * The first position at or after {@code from} holding a digit after a non-digit, or a '+' or '('
     * before a digit — where the card, SSN and phone scanners can start — or {@link #length()}. From any
     * other position those scanners only step to the next char, so they jump here instead.
     * {@code cursor[0]} is the caller's index into the list: a forward scan pays O(1) per call.
     */
    public int nextDigitTrigger(int from, int[] cursor) {
        TriggerLists lists = triggers();
        int[] t = lists.digits;
        int count = lists.digitCount;
        int k = cursor[0];
        while (k < count && t[k] < from) {
            k++;
        }
        cursor[0] = k;
        return k < count ? t[k] : length;
    }

    /**
     * The positions {@link #nextDigitTrigger} steps through, in order: the first {@link #digitStartCount()}
     * entries — every digit after a non-digit, and a '+' or '(' right before such a digit.
     */
    public int[] digitStarts() {
        return triggers().digits;
    }

    public int digitStartCount() {
        return triggers().digitCount;
    }

    /** Positions of every '@', in order: the first {@link #atSignCount()} entries. */
    public int[] atSigns() {
        return triggers().ats;
    }

    public int atSignCount() {
        return triggers().atCount;
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
