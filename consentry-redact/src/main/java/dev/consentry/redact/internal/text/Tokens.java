package dev.consentry.redact.internal.text;

import java.util.Arrays;

/**
 * Word tokens of one text, computed once per record and shared by every detector that reasons about
 * words (names, addresses, dates of birth, known identities, context words). A token is a maximal run
 * of letters and digits, with an apostrophe or hyphen inside it when both sides are letters
 * ("O'Brien", "Jean-Luc"). Stored in parallel int arrays: no object per token.
 */
public final class Tokens {

    public static final int CAPITALIZED = 1;   // Upper first, some lower later: "Jane", "McDonald"
    public static final int ALL_UPPER = 2;     // "NASA", "J"
    public static final int ALL_LOWER = 4;
    public static final int HAS_DIGIT = 8;
    public static final int HAS_LETTER = 16;
    /** An apostrophe (' or U+2019) inside the token: "O'Brien", "Jane's". Without it no token is a possessive. */
    public static final int HAS_APOSTROPHE = 32;
    /**
     * A char other than an ASCII letter or digit inside the token: an inner apostrophe or hyphen, a non-ASCII
     * letter, digit or mark. Without it the token is a plain ASCII run, and scanners can treat it as one.
     */
    public static final int HAS_OTHER = 64;

    private CharSequence text;
    /** The text's chars (the array of a {@link CharArrayText}, or a copy): lookups below read it directly. */
    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int[] flags;
    /** Per token, the case-folded polynomial hash {@link TokenDictionary} would compute for it. */
    private int[] hashes;
    private int count;
    private int length;

    private Tokens(CharSequence text) {
        this.text = text;
        int guess = Math.max(16, Math.min(text.length() / 5 + 1, 1 << 20));
        starts = new int[guess];
        ends = new int[guess];
        flags = new int[guess];
        hashes = new int[guess];
    }

    public static Tokens of(CharSequence text) {
        Tokens t = new Tokens(text);
        t.scan();
        return t;
    }

    /**
     * Tokenizes {@code text} into the arrays of {@code previous}, which then describes the new text: for a
     * per-thread scratch that must not allocate per record. {@code previous} may be null.
     */
    public static Tokens of(CharSequence text, Tokens previous) {
        if (previous == null) {
            return of(text);
        }
        previous.text = text;
        previous.count = 0;
        previous.scan();
        return previous;
    }

    private void scan() {
        // one implementation, on an array: a record's text arrives as a CharArrayText already; other
        // callers (phrases for the tries, tests) are cold and pay one copy
        char[] s;
        int n;
        if (text instanceof CharArrayText a) {
            s = a.array();
            n = a.length();
        } else {
            n = text.length();
            s = CharArrayText.copy(text, new char[n]);
        }
        chars = s;
        length = n;
        int i = 0;
        while (i < n) {
            char c = s[i];
            // ASCII fast path for the gaps between tokens: most of them are one space or punctuation
            if (c < 128 ? !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) : !isWordChar(s, i, n)) {
                i++;
                continue;
            }
            int start = i;
            int f = 0;
            int h = 0;
            boolean first = true;
            boolean upperFirst = false;
            boolean anyLower = false;
            boolean anyUpperAfterFirst = false;
            while (i < n) {
                c = s[i];
                if (c < 128) {
                    // same classification as the code point path below, without the Character lookups
                    if (c >= 'a' && c <= 'z') {
                        // a run of lowercase ASCII letters, the bulk of most text: no flag updates per char
                        f |= HAS_LETTER;
                        anyLower = true;
                        h = 31 * h + c;
                        i++;
                        while (i < n && (c = s[i]) >= 'a' && c <= 'z') {
                            h = 31 * h + c;
                            i++;
                        }
                        first = false;
                        continue;
                    } else if (c >= 'A' && c <= 'Z') {
                        f |= HAS_LETTER;
                        h = 31 * h + (c + 32);
                        if (first) {
                            upperFirst = true;
                        } else {
                            anyUpperAfterFirst = true;
                        }
                    } else if (c >= '0' && c <= '9') {
                        f |= HAS_DIGIT;
                        h = 31 * h + c;
                    } else if ((c == '\'' || c == '-') && i + 1 < n && i > start
                            && Character.isLetter(s[i - 1]) && Character.isLetter(s[i + 1])) {
                        f |= c == '\'' ? HAS_APOSTROPHE | HAS_OTHER : HAS_OTHER;
                        h = 31 * h + c;
                        i++;
                        continue;
                    } else {
                        break;
                    }
                    first = false;
                    i++;
                } else if (isWordChar(s, i, n)) {
                    f |= HAS_OTHER;
                    int cp = Character.codePointAt(s, i, n);
                    if (Character.isDigit(cp)) {
                        f |= HAS_DIGIT;
                    } else {
                        f |= HAS_LETTER;
                        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                            if (first) {
                                upperFirst = true;
                            } else {
                                anyUpperAfterFirst = true;
                            }
                        } else if (Character.isLowerCase(cp)) {
                            anyLower = true;
                        }
                    }
                    first = false;
                    int units = Character.charCount(cp);
                    for (int u = 0; u < units; u++) {
                        h = 31 * h + TokenDictionary.fold(s[i + u]);
                    }
                    i += units;
                } else if (c == '\u2019' && i + 1 < n && i > start
                        && Character.isLetter(s[i - 1]) && Character.isLetter(s[i + 1])) {
                    f |= HAS_APOSTROPHE | HAS_OTHER;
                    h = 31 * h + TokenDictionary.fold(c);
                    i++;
                } else {
                    break;
                }
            }
            if ((f & HAS_LETTER) != 0) {
                if (upperFirst && anyLower) {
                    f |= CAPITALIZED;
                } else if (upperFirst && !anyLower) {
                    f |= ALL_UPPER;
                } else if (!upperFirst && !anyUpperAfterFirst) {
                    f |= ALL_LOWER;
                }
            }
            add(start, i, f, h);
        }
    }

    private static boolean isWordChar(char[] s, int i, int n) {
        char c = s[i];
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < n && Character.isLowSurrogate(s[i + 1])
                    && Character.isLetterOrDigit(Character.toCodePoint(c, s[i + 1]));
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(int start, int end, int f, int h) {
        if (count == starts.length) {
            int cap = count * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            flags = Arrays.copyOf(flags, cap);
            hashes = Arrays.copyOf(hashes, cap);
        }
        starts[count] = start;
        ends[count] = end;
        flags[count] = f;
        hashes[count] = h;
        count++;
    }

    /** The folded hash of token i, as {@link TokenDictionary} computes it for the same chars (before mixing). */
    int hash(int i) {
        return hashes[i];
    }

    public CharSequence text() {
        return text;
    }

    public int count() {
        return count;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int flags(int i) {
        return flags[i];
    }

    public boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public int length(int i) {
        return ends[i] - starts[i];
    }

    /** Index of the first token whose end is after {@code charPos}, i.e. the token at or after it. */
    public int indexAtOrAfter(int charPos) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= charPos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * {@link #indexAtOrAfter(int)} for a position known to be at or after token {@code from}'s start — the
     * end of a span whose start is there — found by stepping forward: a span covers a few tokens, which
     * is cheaper than a binary search's unpredictable branches.
     */
    public int indexAtOrAfter(int charPos, int from) {
        int k = from;
        while (k < count && ends[k] <= charPos) {
            k++;
        }
        return k;
    }

    public boolean equalsIgnoreCase(int i, String lowerWord) {
        int len = ends[i] - starts[i];
        if (len != lowerWord.length()) {
            return false;
        }
        char[] a = chars;
        int s = starts[i];
        for (int k = 0; k < len; k++) {
            if (TokenDictionary.fold(a[s + k]) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when only horizontal whitespace (at most {@code max} chars) separates token i and i+1. */
    public boolean spaceBetween(int i, int max) {
        if (i + 1 >= count) {
            return false;
        }
        int from = ends[i];
        int to = starts[i + 1];
        if (to - from < 1 || to - from > max) {
            return false;
        }
        char[] a = chars;
        for (int k = from; k < to; k++) {
            char c = a[k];
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when token i starts a sentence or a line: only spaces, quotes and brackets lie between it and
     * the text start or a preceding '.', '!', '?', ':' or newline.
     */
    public boolean startsSentence(int i) {
        char[] a = chars;
        for (int k = starts[i] - 1; k >= 0 && k >= starts[i] - 8; k--) {
            char c = a[k];
            switch (c) {
                case ' ', '\t', '"', '\'', '(', '[', '\u201C', '\u2018', '*', '>', '-', '\u2013', '\u2014' -> {
                    continue;
                }
                case '.', '!', '?', ':', '\n', '\r' -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        return starts[i] - 8 < 0;
    }

    /** The char just before token i, or 0 at the start. */
    public char charBefore(int i) {
        return starts[i] > 0 ? chars[starts[i] - 1] : 0;
    }

    /** The char just after token i, or 0 at the end. */
    public char charAfter(int i) {
        return ends[i] < length ? chars[ends[i]] : 0;
    }
}
