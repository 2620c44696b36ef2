package dev.consentry.cli.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.consentry.cli.UserException;

/**
 * A small UTF-8 text file read whole (a policy, a redaction config), with the problems of its
 * encoding: each line that is not UTF-8, and each byte order mark that is not at the very start
 * (one there is dropped, as editors on Windows write it). A line that is not UTF-8 is decoded with
 * U+FFFD in place of the bad bytes, and a stray byte order mark is dropped once reported, so that
 * the file's other problems can still be found and listed with these, all at once.
 *
 * @param text the content, without a leading byte order mark
 * @param problems {@code FILE:LINE: message} for each encoding problem, empty when there is none
 */
public record TextFile(String text, List<String> problems) {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public TextFile {
        problems = List.copyOf(problems);
    }

    public static TextFile read(Path path) {
        byte[] bytes;
        try {
            bytes = dev.consentry.dataset.io.SmallFiles.read(path);
        } catch (NoSuchFileException e) {
            throw new UserException(path + ": no such file");
        } catch (IOException e) {
            throw new UserException(path + ": cannot read (" + e.getMessage() + ")");
        }
        return decode(path.toString(), bytes);
    }

    static TextFile decode(String name, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        StringBuilder text = new StringBuilder(bytes.length);
        List<String> problems = new ArrayList<>();
        int line = 1;
        for (int from = start; from < bytes.length || from == start; line++) {
            int end = from;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int next = end < bytes.length ? end + 1 : end; // the line feed belongs to its line
            ByteBuffer lineBytes = ByteBuffer.wrap(bytes, from, next - from);
            CharBuffer chars;
            try {
                chars = strict.decode(lineBytes);
            } catch (CharacterCodingException e) {
                problems.add(name + ":" + line + ": not valid UTF-8");
                try {
                    chars = lenient.decode(ByteBuffer.wrap(bytes, from, next - from));
                } catch (CharacterCodingException impossible) {
                    throw new IllegalStateException("a replacing decoder does not fail", impossible);
                }
            }
            String lineText = chars.toString();
            if (lineText.indexOf(BYTE_ORDER_MARK) >= 0) {
                problems.add(name + ":" + line + ": a byte order mark (U+FEFF) is allowed only at the start of the file");
                // Reported once; dropped so that the parser does not report it again as part of a key or value.
                lineText = lineText.replace(String.valueOf(BYTE_ORDER_MARK), "");
            }
            text.append(lineText);
            if (next == from) {
                break;
            }
            from = next;
        }
        return new TextFile(text.toString(), problems);
    }
}
