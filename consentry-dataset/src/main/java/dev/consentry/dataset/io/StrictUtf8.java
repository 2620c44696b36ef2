package dev.consentry.dataset.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as strict UTF-8: malformed input is refused rather than replaced with U+FFFD, so a
 * bad line can be rejected by name instead of reaching a dataset with its text silently changed.
 * Thread-safe: every call decodes with its own decoder.
 */
public final class StrictUtf8 {
    private StrictUtf8() {}

    /** The text of {@code length} bytes from {@code offset}, or null when they are not valid UTF-8. */
    public static String decode(byte[] bytes, int offset, int length) {
        // Most lines are ASCII, and ASCII cannot be malformed: a copy is all they need.
        if (isAscii(bytes, offset, length)) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
