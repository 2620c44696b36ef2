package dev.consentry.cli.io;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.consentry.cli.UserException;
import dev.consentry.consent.jsonl.LineResult;
import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.Utf8Lines;

/**
 * Reads a JSON Lines file line by line with line numbers, for imports that are all or nothing.
 * Blank lines are skipped (an editor's trailing newline is not an error). A UTF-8 byte order mark
 * is dropped at the start of the file, as editors on Windows write one; anywhere else it is an error
 * of its line. A line that is not UTF-8 is an error of its line like any other, so one bad line
 * does not hide the problems of the rest of the file.
 */
public final class JsonLinesFile implements AutoCloseable {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputFiles.Opened input;
    private final Utf8Lines lines;

    public JsonLinesFile(String name) {
        this.input = InputFiles.open(name);
        this.lines = new Utf8Lines(input.content());
    }

    public String name() {
        return input.name();
    }

    /**
     * The all-or-nothing import loop: checks every line with {@code check}, collects the problems of
     * every bad line (unreadable ones included) into {@code errors}, and hands good lines to
     * {@code accept} only while no line has failed (the caller rolls back if any did). Returns the
     * SHA-256 of the file as stored.
     */
    public <T> String checkEveryLine(LineErrors errors, Function<String, LineResult<T>> check, Consumer<T> accept) {
        long number = 0;
        try {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                number = line.number();
                if (!line.isValid()) {
                    errors.add(number, List.of(line.problem()));
                    continue;
                }
                String text = line.text();
                if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                LineResult<T> result = check.apply(text);
                if (!result.isOk()) {
                    errors.add(number, result.problems());
                } else if (errors.isEmpty()) {
                    accept.accept(result.value());
                }
            }
            return input.sha256();
        } catch (IOException e) {
            throw new UserException(input.name() + ":" + (number + 1) + ": cannot read (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        try {
            input.content().close();
        } catch (IOException e) {
            // Nothing was written through this stream; a failed close loses nothing.
        }
    }
}
