package dev.consentry.dataset.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines and decodes each one as strict UTF-8. A decoding error belongs
 * to exactly one line — unlike a {@code BufferedReader}, whose read-ahead reports it on whichever
 * line happened to trigger the refill — so a caller can reject that line and go on. A line longer
 * than the limit is skipped to its end without being held in memory, and reported as such.
 */
public final class Utf8Lines {
    public static final int DEFAULT_MAX_LINE_BYTES = ByteLines.DEFAULT_MAX_LINE_BYTES;

    /** The next line: its text, or the reason it has none ("not valid UTF-8", "longer than ..."). */
    public record Line(long number, String text, String problem) {
        public boolean isValid() {
            return text != null;
        }
    }

    private final ByteLines lines;

    public Utf8Lines(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    public Utf8Lines(InputStream in, int maxLineBytes) {
        this.lines = new ByteLines(in, maxLineBytes);
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    public Line next() throws IOException {
        if (!lines.next()) {
            return null;
        }
        if (lines.tooLong()) {
            return new Line(lines.number(), null, "line longer than " + lines.maxLineBytes() + " bytes");
        }
        String text = lines.decode();
        return text == null ? new Line(lines.number(), null, "not valid UTF-8") : new Line(lines.number(), text, null);
    }
}
