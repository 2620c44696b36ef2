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
    private int[] wordStarts;
    private int wordStartCount;
    private int[] digitStarts;
    private int digitStartCount;
    private int[] atSigns;
    private int atSignCount;
    private int[] dots;
    private int dotCount;
    private int[] colons;
    private int colonCount;

    private final Scratch scratch;
    private final int length;
    private final boolean triggersFromTokens;

    public TextView(CharSequence source) {
        this(source, null, false);
    }

    /**
     * With per-thread buffers to reuse ({@code scratch} may be null). {@code triggersFromTokens}: the caller
     * will tokenize the text anyway, so the triggers are read off the tokens (see {@link #findTriggers}).
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

    private static final int WORD = 1;
    private static final int DIGIT = 2;
    private static final int COLON = 4;
    private static final int AT = 8;
    private static final int PLUS_OR_PAREN = 16;
    private static final int DOT = 32;
    /** Trigger classes of the ASCII chars; above ASCII only "word" (a letter or digit) matters. */
    private static final byte[] ASCII_CLASS = asciiClasses();

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

    /**
     * One pass over the chars finds where the scanners can start, so that none of them tests every char:
     * word starts and ':' (URL, IP, IBAN: a scheme's "://" or a word boundary), digits after a non-digit
     * and '+'/'(' before a digit (card, SSN, phone), '@' (e-mail, handles) and '.' (URL: social hosts). Most chars continue a
     * word or are a lone separator and cost one table lookup.
     */
    private void findTriggers() {
        if (triggersFromTokens) {
            findTriggersFromTokens();
        } else {
            findTriggersByChar();
        }
    }

    private void findTriggersByChar() {
        int n = length;
        int[] words = scratch != null ? scratch.wordStarts(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] digits = scratch != null ? scratch.digitStarts(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] ats = scratch != null ? scratch.atSigns(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] ds = scratch != null ? scratch.dots(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] cs = scratch != null ? scratch.colons(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int wc = 0;
        int pc = 0;
        int dc = 0;
        int ac = 0;
        int cc = 0;
        int prev = 0;
        char[] a = chars;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            int cls = c < 128 ? ASCII_CLASS[c] : Character.isLetterOrDigit(c) ? WORD : 0;
            // word and digit runs count where they start; every ':' and '@' counts
            int starts = (cls & ~prev & (WORD | DIGIT)) | (cls & (COLON | AT | DOT));
            int before = prev;
            prev = cls;
            if (starts == 0) {
                continue; // inside a word, or a plain separator: most chars
            }
            if ((starts & (WORD | COLON)) != 0) {
                words = put(words, wc++, i);
            }
            if ((starts & COLON) != 0) {
                cs = put(cs, cc++, i);
            }
            if ((starts & DIGIT) != 0) {
                if ((before & PLUS_OR_PAREN) != 0) {
                    digits = put(digits, dc++, i - 1); // a '+' or '(' right before a digit run is a trigger too
                }
                digits = put(digits, dc++, i);
            }
            if ((starts & AT) != 0) {
                ats = put(ats, ac++, i);
            }
            if ((starts & DOT) != 0) {
                ds = put(ds, pc++, i);
            }
        }
        wordStarts = words;
        wordStartCount = wc;
        digitStarts = digits;
        digitStartCount = dc;
        atSigns = ats;
        atSignCount = ac;
        dots = ds;
        dotCount = pc;
        colons = cs;
        colonCount = cc;
    }

    /**
     * The same lists as {@link #findTriggersByChar}, read off the tokens. Every letter or digit lies inside
     * a token, so the chars between tokens can only add ':', '@' and '.'; a plain ASCII token (no
     * {@link Tokens#HAS_OTHER}) is one word run, whose digit runs matter only when it has a digit. Only
     * tokens with other chars inside (an apostrophe, a non-ASCII letter or mark) are walked char by char.
     * This skips the per-char pass over letters, whose branch at every word start was most of its cost.
     */
    private void findTriggersFromTokens() {
        Tokens t = tokens();
        int n = length;
        int[] words = scratch != null ? scratch.wordStarts(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] digits = scratch != null ? scratch.digitStarts(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] ats = scratch != null ? scratch.atSigns(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] ds = scratch != null ? scratch.dots(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int[] cs = scratch != null ? scratch.colons(n + 1) : new int[Math.min(n + 1, Scratch.MAX_KEPT + 1)];
        int wc = 0;
        int dc = 0;
        int ac = 0;
        int pc = 0;
        int cc = 0;
        char[] a = chars;
        int pos = 0;
        int count = t.count();
        for (int k = 0; k <= count; k++) {
            int gapEnd = k < count ? t.start(k) : n;
            for (int i = pos; i < gapEnd; i++) { // between tokens: no letter or digit
                char c = a[i];
                if (c == ':') {
                    words = put(words, wc++, i);
                    cs = put(cs, cc++, i);
                } else if (c == '@') {
                    ats = put(ats, ac++, i);
                } else if (c == '.') {
                    ds = put(ds, pc++, i);
                }
            }
            if (k == count) {
                break;
            }
            int s = gapEnd;
            int e = t.end(k);
            int f = t.flags(k);
            if ((f & Tokens.HAS_OTHER) == 0) {
                words = put(words, wc++, s); // the char before is between tokens, so never a letter or digit
                if ((f & Tokens.HAS_DIGIT) != 0) {
                    boolean prevDigit = false;
                    for (int i = s; i < e; i++) {
                        boolean digit = a[i] <= '9'; // an ASCII letter or digit
                        if (digit && !prevDigit) {
                            if (i == s && s > 0 && (a[s - 1] == '+' || a[s - 1] == '(')) {
                                digits = put(digits, dc++, s - 1);
                            }
                            digits = put(digits, dc++, i);
                        }
                        prevDigit = digit;
                    }
                }
            } else {
                int prev = s > 0 ? charClass(a[s - 1]) : 0;
                for (int i = s; i < e; i++) { // same steps as findTriggersByChar; no ':', '@' or '.' in a token
                    int cls = charClass(a[i]);
                    if ((cls & WORD) != 0 && (prev & WORD) == 0) {
                        words = put(words, wc++, i);
                    }
                    if ((cls & DIGIT) != 0 && (prev & DIGIT) == 0) {
                        if ((prev & PLUS_OR_PAREN) != 0) {
                            digits = put(digits, dc++, i - 1);
                        }
                        digits = put(digits, dc++, i);
                    }
                    prev = cls;
                }
            }
            pos = e;
        }
        wordStarts = words;
        wordStartCount = wc;
        digitStarts = digits;
        digitStartCount = dc;
        atSigns = ats;
        atSignCount = ac;
        dots = ds;
        dotCount = pc;
        colons = cs;
        colonCount = cc;
    }

    /**
     * Stores v at a[k], growing a when full. A short text's lists come from {@link Scratch} with room for
     * every char, so this never grows them; a long text's start small, so a 50 MB line does not allocate
     * five 200 MB arrays up front.
     */
    private static int[] put(int[] a, int k, int v) {
        if (k == a.length) {
            a = java.util.Arrays.copyOf(a, Math.max(16, k * 2));
        }
        a[k] = v;
        return a;
    }

    private static int charClass(char c) {
        return c < 128 ? ASCII_CLASS[c] : Character.isLetterOrDigit(c) ? WORD : 0;
    }

    /** Positions of every ':', in order: the first {@link #colonCount()} entries. */
    public int[] colons() {
        if (colons == null) {
            findTriggers();
        }
        return colons;
    }

    public int colonCount() {
        if (colons == null) {
            findTriggers();
        }
        return colonCount;
    }

    /** Positions of every '.', in order: the first {@link #dotCount()} entries. */
    public int[] dots() {
        if (dots == null) {
            findTriggers();
        }
        return dots;
    }

    public int dotCount() {
        if (dots == null) {
            findTriggers();
        }
        return dotCount;
    }

    /**
     * Every position where a run of word chars ({@link #isWordChar}) starts, and every ':', in order: the
     * first {@link #wordStartCount()} entries. The URL, IP and IBAN scanners act only there.
     */
    public int[] wordStartsAndColons() {
        if (wordStarts == null) {
            findTriggers();
        }
        return wordStarts;
    }

    public int wordStartCount() {
        if (wordStarts == null) {
            findTriggers();
        }
        return wordStartCount;
    }

    /**
     * The first position at or after {@code from} holding a digit after a non-digit, or a '+' or '('
     * before a digit — where the card, SSN and phone scanners can start — or {@link #length()}. From any
     * other position those scanners only step to the next char, so they jump here instead.
     * {@code cursor[0]} is the caller's index into the list: a forward scan pays O(1) per call.
     */
    public int nextDigitTrigger(int from, int[] cursor) {
        if (digitStarts == null) {
            findTriggers();
        }
        int[] t = digitStarts;
        int k = cursor[0];
        while (k < digitStartCount && t[k] < from) {
            k++;
        }
        cursor[0] = k;
        return k < digitStartCount ? t[k] : length;
    }

    /**
     * The positions {@link #nextDigitTrigger} steps through, in order: the first {@link #digitStartCount()}
     * entries — every digit after a non-digit, and a '+' or '(' right before such a digit.
     */
    public int[] digitStarts() {
        if (digitStarts == null) {
            findTriggers();
        }
        return digitStarts;
    }

    public int digitStartCount() {
        if (digitStarts == null) {
            findTriggers();
        }
        return digitStartCount;
    }

    /** Positions of every '@', in order: the first {@link #atSignCount()} entries. */
    public int[] atSigns() {
        if (atSigns == null) {
            findTriggers();
        }
        return atSigns;
    }

    public int atSignCount() {
        if (atSigns == null) {
            findTriggers();
        }
        return atSignCount;
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
