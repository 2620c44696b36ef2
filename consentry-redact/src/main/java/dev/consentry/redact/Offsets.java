package dev.consentry.redact;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between UTF-16 char offsets (Java strings, {@link Span}) and Unicode code-point offsets
 * (what Python, the gold sets and the CLI's output use). They differ after any character outside the
 * Basic Multilingual Plane, e.g. an emoji, which is two chars but one code point.
 */
public final class Offsets {

    private Offsets() {}

    /** The code-point index of char index {@code charIndex} ({@code 0 <= charIndex <= text.length()}). */
    public static int toCodePoint(CharSequence text, int charIndex) {
        checkIndex(charIndex, text.length());
        return Character.codePointCount(text, 0, charIndex);
    }

    /** The char index of code-point index {@code codePointIndex}; throws if the text has fewer code points. */
    public static int toChar(CharSequence text, int codePointIndex) {
        if (codePointIndex < 0) {
            throw new IndexOutOfBoundsException("Negative code point index " + codePointIndex);
        }
        int i = 0;
        int n = text.length();
        for (int cp = 0; cp < codePointIndex; cp++) {
            if (i >= n) {
                throw new IndexOutOfBoundsException("Code point index " + codePointIndex + " beyond the text");
            }
            i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        }
        return i;
    }

    /**
     * Re-expresses sorted spans in code-point offsets in one left-to-right sweep (linear in the text,
     * not in text × spans). The returned spans are only meaningful as code-point offsets.
     */
    public static List<Span> toCodePoints(CharSequence text, List<Span> sortedSpans) {
        List<Span> out = new ArrayList<>(sortedSpans.size());
        int charPos = 0;
        int cpPos = 0;
        for (Span s : sortedSpans) {
            if (s.start() < charPos) {
                throw new IllegalArgumentException("Spans are not sorted by start");
            }
            cpPos += Character.codePointCount(text, charPos, s.start());
            int cpStart = cpPos;
            int cpEnd = cpStart + Character.codePointCount(text, s.start(), s.end());
            charPos = s.start();
            out.add(new Span(cpStart, Math.max(cpEnd, cpStart + 1), s.type(), s.score()));
        }
        return out;
    }

    private static void checkIndex(int index, int length) {
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException("Char index " + index + " outside [0, " + length + "]");
        }
    }
}
