package dev.consentry.dataset.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each one as strict UTF-8. A decoding error belongs
 * to exactly one line — unlike a {@code BufferedReader}, whose read-ahead reports it on whichever
 * line happened to trigger the refill — so a caller can reject that line and go on. A line longer
 * than the limit is skipped to its end without being held in memory, and reported as such.
 */
public final class Utf8Lines {
    public static final int DEFAULT_MAX_LINE_BYTES = 256 << 20;

    /** The next line: its text, or the reason it has none ("not valid UTF-8", "longer than ..."). */
    public record Line(long number, String text, String problem) {
        public boolean isValid() {
            return text != null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[1 << 12];
    private long number;

    public Utf8Lines(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    public Utf8Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    public Line next() throws IOException {
        int length = 0;
        boolean sawAny = false;
        boolean tooLong = false;
        while (true) {
            if (chunkStart == chunkEnd) {
                int read = in.read(chunk);
                if (read < 0) {
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
                chunkStart = 0;
                chunkEnd = read;
            }
            sawAny = true;
            int newline = -1;
            for (int i = chunkStart; i < chunkEnd; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? chunkEnd : newline;
            int count = end - chunkStart;
            if (!tooLong && length + count > maxLineBytes) {
                tooLong = true;
            }
            if (!tooLong) {
                if (length + count > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
                }
                System.arraycopy(chunk, chunkStart, line, length, count);
                length += count;
            }
            chunkStart = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, "line longer than " + maxLineBytes + " bytes");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        String text = decode(length);
        return text == null ? new Line(number, null, "not valid UTF-8") : new Line(number, text, null);
    }

    private String decode(int length) {
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
