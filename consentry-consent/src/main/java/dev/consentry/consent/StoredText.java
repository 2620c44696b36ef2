package dev.consentry.consent;

/**
 * What a string may hold before it reaches the store, checked where it is read so that SQLite and
 * PostgreSQL refuse exactly the same input with the same message (PostgreSQL cannot store NUL and
 * cannot index a value of several kilobytes; SQLite takes both, and stores an unpaired surrogate
 * as {@code ?}).
 *
 * <ul>
 *   <li>An <b>id</b> (member, objection, event, purpose, policy version, handle, region, channel,
 *       source) is 1 to {@value #MAX_ID_LENGTH} characters, neither starts nor ends with white space,
 *       and holds no control character (U+0000–U+001F, U+007F–U+009F), no invisible format character
 *       (zero-width space, byte order mark, bidirectional marks: Unicode category Cf), no line or
 *       paragraph separator and no unpaired surrogate: two ids that print alike are alike.</li>
 *   <li><b>Free text</b> (a name, an objection's statement, a decision's explanation) holds no control
 *       character but tab, line feed and carriage return, and no unpaired surrogate.</li>
 * </ul>
 *
 * <p>Problems name the offending character by code point and position, never echo the value: it may
 * be personal data, and it is the very thing that should not reach a terminal raw.
 */
public final class StoredText {
    /** The longest id, in UTF-16 chars (what {@link String#length()} counts). */
    public static final int MAX_ID_LENGTH = 256;

    private StoredText() {}

    /** Why {@code id} cannot be an id ("is longer than 256 characters"), or null when it can. */
    public static String idProblem(String id) {
        if (id.isEmpty()) {
            return "must not be empty";
        }
        if (id.length() > MAX_ID_LENGTH) {
            return "is longer than " + MAX_ID_LENGTH + " characters (" + id.length() + ")";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // printable ASCII, the common case, decided without a table lookup
            }
            String problem = characterProblem(id, i, false);
            if (problem != null) {
                return problem;
            }
            if (Character.isHighSurrogate(c)) {
                i++; // a valid pair, checked as one code point above
            }
        }
        if (Character.isWhitespace(id.codePointAt(0)) || Character.isSpaceChar(id.codePointAt(0))) {
            return "must not start with white space";
        }
        int last = id.codePointBefore(id.length());
        if (Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            return "must not end with white space";
        }
        return null;
    }

    /** Why {@code text} cannot be stored as free text, or null when it can. */
    public static String freeTextProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            String problem = characterProblem(text, i, true);
            if (problem != null) {
                return problem;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return null;
    }

    private static String characterProblem(String value, int index, boolean freeText) {
        char c = value.charAt(index);
        if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c) && index + 1 < value.length() && Character.isLowSurrogate(value.charAt(index + 1));
            if (!paired) {
                return "holds an unpaired surrogate (" + codePoint(c) + ") at position " + (index + 1);
            }
            int codePoint = value.codePointAt(index);
            // Tag characters (U+E0000 block) and other invisible formats beyond the BMP hide text as well as a zero-width space.
            return !freeText && Character.getType(codePoint) == Character.FORMAT
                    ? "holds an invisible character (" + String.format("U+%04X", codePoint) + ") at position " + (index + 1) : null;
        }
        if (Character.isISOControl(c)) {
            if (freeText && (c == '\t' || c == '\n' || c == '\r')) {
                return null;
            }
            return "holds a control character (" + codePoint(c) + ") at position " + (index + 1);
        }
        if (!freeText) {
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return "holds an invisible character (" + codePoint(c) + ") at position " + (index + 1);
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
