package dev.consentry.dataset.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a byte stream into RFC 4180 records in one pass, and decodes each record's fields as
 * strict UTF-8.
 *
 * <p>Why bytes and not a {@code Reader}: the delimiters ({@code , " \r \n}) are ASCII, and no byte
 * of a multi-byte UTF-8 sequence is ASCII, so records can be split before decoding. Decoding a
 * record on its own then ties an encoding error to that record alone, and the caller can reject
 * it and go on — a {@code Reader} would fail wherever its read-ahead happened to be.
 *
 * <p>Recovery: a malformed record never swallows the rest of the file except through an open
 * quote, which is what the format means. A quote inside an unquoted field, or text after a
 * closing quote, is kept as data and reported; the record still ends at its line break, so the
 * next record reads normally. A record longer than the limit is scanned to its end without being
 * kept, so memory stays bounded by the limit.
 *
 * <p>Line breaks are {@code \n} or {@code \r\n}; a line break inside quotes is data. Lines are
 * counted so a record can name the line it starts on. A UTF-8 byte order mark at the start is
 * skipped, and empty lines are skipped.
 */
final class CsvRecords {
    /** A record's fields, or why it has none; {@code line} is the 1-based line it starts on. */
    record Row(long line, List<String> fields, String problem) {
        boolean isValid() {
            return problem == null;
        }
    }

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final int maxRecordBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[CHUNK];
    private int chunkStart;
    private int chunkEnd;
    private boolean started;

    /** The current record's bytes, and where each of its fields ends in them. */
    private byte[] bytes = new byte[1 << 12];
    private int length;
    private int[] fieldEnds = new int[16];
    private int fieldCount;
    private boolean tooLong;

    /** The line the next byte is on. */
    private long line = 1;

    CsvRecords(InputStream in, int maxRecordBytes) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The next non-empty record, or null at the end of the input. */
    Row next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        while (true) {
            long startLine = line;
            int first = read();
            if (first < 0) {
                return null;
            }
            if (first == '\n') {
                line++;
                continue;
            }
            if (first == '\r' && peek() == '\n') {
                read();
                line++;
                continue;
            }
            return record(startLine, first);
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private Row record(long startLine, int first) throws IOException {
        length = 0;
        fieldCount = 0;
        tooLong = false;
        List<String> problems = new ArrayList<>(1);
        State state = State.FIELD_START;
        int b = first;
        while (true) {
            if (b < 0) {
                if (state == State.QUOTED) {
                    problems.add("quoted field not closed before the end of the file");
                }
                endField();
                break;
            }
            if (state == State.QUOTED) {
                if (b == '"') {
                    state = State.AFTER_QUOTE;
                } else {
                    if (b == '\n') {
                        line++;
                    }
                    append(b);
                }
            } else if (b == ',') {
                endField();
                state = State.FIELD_START;
            } else if (b == '\n' || (b == '\r' && peek() == '\n')) {
                if (b == '\r') {
                    read();
                }
                line++;
                endField();
                break;
            } else if (b == '"') {
                if (state == State.FIELD_START) {
                    state = State.QUOTED;
                } else if (state == State.AFTER_QUOTE) {
                    append('"');
                    state = State.QUOTED;
                } else {
                    addOnce(problems, "quote inside an unquoted field");
                    append(b);
                }
            } else {
                if (state == State.AFTER_QUOTE) {
                    addOnce(problems, "text after a closing quote");
                }
                append(b);
                state = State.UNQUOTED;
            }
            b = read();
        }
        if (tooLong) {
            return new Row(startLine, null, "record longer than " + maxRecordBytes + " bytes");
        }
        if (!problems.isEmpty()) {
            return new Row(startLine, null, String.join("; ", problems));
        }
        List<String> fields = new ArrayList<>(fieldCount);
        int start = 0;
        for (int i = 0; i < fieldCount; i++) {
            String field = decode(start, fieldEnds[i]);
            if (field == null) {
                return new Row(startLine, null, "not valid UTF-8");
            }
            fields.add(field);
            start = fieldEnds[i];
        }
        return new Row(startLine, fields, null);
    }

    private static void addOnce(List<String> problems, String problem) {
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    private void append(int b) {
        if (tooLong) {
            return;
        }
        if (length == maxRecordBytes) {
            tooLong = true;
            return;
        }
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min((long) bytes.length * 2, maxRecordBytes));
        }
        bytes[length++] = (byte) b;
    }

    private void endField() {
        if (fieldCount == fieldEnds.length) {
            fieldEnds = Arrays.copyOf(fieldEnds, fieldEnds.length * 2);
        }
        fieldEnds[fieldCount++] = length;
    }

    private String decode(int start, int end) {
        if (start == end) {
            return "";
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (fill() && chunkEnd - chunkStart < 3) {
            // A tiny input: top up so a BOM split across reads is still seen.
            int read = in.readNBytes(chunk, chunkEnd, 3 - (chunkEnd - chunkStart));
            chunkEnd += read;
        }
        if (chunkEnd - chunkStart >= 3 && (chunk[chunkStart] & 0xff) == 0xEF && (chunk[chunkStart + 1] & 0xff) == 0xBB
                && (chunk[chunkStart + 2] & 0xff) == 0xBF) {
            chunkStart += 3;
        }
    }

    /** Makes at least one byte available; false at the end of the input. */
    private boolean fill() throws IOException {
        while (chunkStart == chunkEnd) {
            int read = in.read(chunk, 0, CHUNK);
            if (read < 0) {
                return false;
            }
            chunkStart = 0;
            chunkEnd = read;
        }
        return true;
    }

    private int read() throws IOException {
        return fill() ? chunk[chunkStart++] & 0xff : -1;
    }

    private int peek() throws IOException {
        return fill() ? chunk[chunkStart] & 0xff : -1;
    }
}
