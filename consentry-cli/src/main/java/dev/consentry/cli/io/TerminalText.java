package dev.consentry.cli.io;

/**
 * Makes a message safe to print on a terminal. Messages repeat what the user gave (an id, a file
 * name, an unknown key), and a control character in it — an escape sequence, a carriage return, a
 * NUL — would be interpreted by the terminal: recolour or erase the screen, hide the rest of the
 * line, or forge a line of output. Each such character is shown as {@code \}{@code uXXXX} instead:
 * C0 and C1 controls and DEL, invisible format characters (bidirectional overrides, zero-width
 * characters, the byte order mark), line and paragraph separators, and unpaired surrogates.
 *
 * <p>This is the one function every message goes through before it is printed (see {@code Main});
 * the escape contains only printable characters, so escaping twice changes nothing.
 */
public final class TerminalText {
    private TerminalText() {}

    public static String escape(String message) {
        int first = firstUnsafe(message);
        if (first < 0) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16).append(message, 0, first);
        for (int i = first; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < message.length() && Character.isLowSurrogate(message.charAt(i + 1))) {
                int codePoint = message.codePointAt(i++);
                if (Character.getType(codePoint) == Character.FORMAT) {
                    out.append(String.format("\\u%04X\\u%04X", (int) c, (int) message.charAt(i))); // tag characters hide text
                } else {
                    out.appendCodePoint(codePoint);
                }
            } else if (isUnsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < message.length() && Character.isLowSurrogate(message.charAt(i + 1))) {
                if (Character.getType(message.codePointAt(i)) == Character.FORMAT) {
                    return i;
                }
                i++;
            } else if (isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnsafe(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return false;
        }
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
