package dev.consentry.cli.io;

import java.io.IOException;

import dev.consentry.cli.UserException;
import dev.consentry.consent.jsonl.LineResult;
import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.Utf8Lines;

/**
 * Reads a JSON Lines file line by line with line numbers, for imports that are all or nothing.
 * Blank lines are skipped (an editor's trailing newline is not an error); bytes that are not
 * UTF-8 stop the read with the line they are on.
 */
public final class JsonLinesFile implements AutoCloseable {
    /** Receives each non-blank line. */
    public interface LineHandler {
        void line(long number, String text);
    }

    private final InputFiles.Opened input;
    private final Utf8Lines lines;

    public JsonLinesFile(String name) {
        this.input = InputFiles.open(name);
        this.lines = new Utf8Lines(input.content());
    }

    public String name() {
        return input.name();
    }

    /** Reads every line; returns the SHA-256 of the file as stored. */
    public String forEach(LineHandler handler) {
        long number = 0;
        try {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                number = line.number();
                if (!line.isValid()) {
                    throw new UserException(input.name() + ":" + number + ": " + line.problem());
                }
                if (!line.text().isBlank()) {
                    handler.line(number, line.text());
                }
            }
            return input.sha256();
        } catch (IOException e) {
            throw new UserException(input.name() + ":" + (number + 1) + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * The all-or-nothing import loop: checks every line with {@code check}, collects the problems of
     * every bad line into {@code errors}, and hands good lines to {@code accept} only while no line
     * has failed (the caller rolls back if any did). Returns the SHA-256 of the file as stored.
     */
    public <T> String checkEveryLine(LineErrors errors, java.util.function.Function<String, LineResult<T>> check, java.util.function.Consumer<T> accept) {
        return forEach((number, text) -> {
            LineResult<T> result = check.apply(text);
            if (!result.isOk()) {
                errors.add(number, result.problems());
            } else if (errors.isEmpty()) {
                accept.accept(result.value());
            }
        });
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
