package dev.consentry.dataset.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, so that the one thread that reads an
 * input does no more per line than find its end: decoding and parsing can then happen on whichever
 * thread processes the line. A line longer than the limit is skipped to its end without being held
 * in memory, and reported as such.
 *
 * <p>Not thread-safe. The current line is a view into a buffer that the next {@link #next()}
 * overwrites; {@link #bytes()} copies it for keeping.
 */
public final class ByteLines {
    public static final int DEFAULT_MAX_LINE_BYTES = 256 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkStart;
    private int chunkEnd;
    private byte[] spill = new byte[1 << 12];
    private byte[] array = chunk;
    private int offset;
    private int length;
    private boolean tooLong;
    private long number;

    public ByteLines(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    public ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line, without its terminator ({@code \n} or {@code \r\n}); false at the end. */
    public boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean sawAny = false;
        boolean spilled = false;
        while (true) {
            if (chunkStart == chunkEnd) {
                int read = in.read(chunk);
                if (read < 0) {
                    if (!sawAny) {
                        return false;
                    }
                    break;
                }
                chunkStart = 0;
                chunkEnd = read;
            }
            sawAny = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? chunkEnd : newline;
            int count = end - chunkStart;
            if (newline >= 0 && !spilled) {
                // The whole line is in the chunk, the usual case: point at it instead of copying.
                if (count > maxLineBytes) {
                    tooLong = true;
                } else {
                    array = chunk;
                    offset = chunkStart;
                    length = count;
                }
                chunkStart = newline + 1;
                break;
            }
            spilled = true;
            if (!tooLong && length + count > maxLineBytes) {
                tooLong = true;
            }
            if (!tooLong) {
                if (length + count > spill.length) {
                    spill = Arrays.copyOf(spill, Math.max(spill.length * 2, length + count));
                }
                System.arraycopy(chunk, chunkStart, spill, length, count);
                length += count;
            }
            chunkStart = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        if (spilled) {
            array = spill;
            offset = 0;
        }
        if (tooLong) {
            length = 0;
        } else if (length > 0 && array[offset + length - 1] == '\r') {
            length--;
        }
        number++;
        return true;
    }

    private int indexOfNewline() {
        for (int i = chunkStart; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The current line's 1-based number. */
    public long number() {
        return number;
    }

    /** Whether the current line was longer than the limit; it then has no bytes. */
    public boolean tooLong() {
        return tooLong;
    }

    public int maxLineBytes() {
        return maxLineBytes;
    }

    /** A copy of the current line's bytes. */
    public byte[] bytes() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** The current line as strict UTF-8 text, or null when it is not valid UTF-8. */
    public String decode() {
        return StrictUtf8.decode(array, offset, length);
    }

    /**
     * Whether the current line is empty or only whitespace, as {@link String#isBlank()} sees it. A
     * line that starts with anything but ASCII whitespace is answered from its first byte; only a
     * line of ASCII whitespace followed by non-ASCII bytes is decoded (a line that is not valid
     * UTF-8 is not blank).
     */
    public boolean isBlank() {
        for (int i = offset, end = offset + length; i < end; i++) {
            byte b = array[i];
            if (b < 0) {
                String text = decode();
                return text != null && text.isBlank();
            }
            if (!isAsciiWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** What {@link Character#isWhitespace} says of the ASCII characters. */
    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0d) || (b >= 0x1c && b <= 0x1f);
    }
}
