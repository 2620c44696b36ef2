package dev.consentry.dataset.format;

import static java.util.Objects.requireNonNull;

import dev.consentry.dataset.io.StrictUtf8;

/**
 * What a content source yields for each record of its input: the record, or why the record at
 * {@code file}:{@code line} could not be read (the build counts it as rejected and goes on) — or,
 * for JSON Lines, the line's bytes not yet decoded or parsed: decoding and parsing are the costliest
 * part of reading, so sources leave them to {@link #parsed()}, which the build's worker threads
 * call, and the one reading thread only finds the ends of lines.
 *
 * <p>An item that holds an unparsed line is only passed on, never compared: its bytes are an array.
 *
 * @param line the 1-based line (JSON Lines, CSV: the record's first line) or row number (Parquet)
 * @param unparsed the raw UTF-8 bytes of a JSON line when neither record nor problem is known yet, else null
 */
public record SourceItem(String file, long line, ContentRecord record, String problem, byte[] unparsed) {
    public SourceItem {
        requireNonNull(file, "file is null");
        int set = (record != null ? 1 : 0) + (problem != null ? 1 : 0) + (unparsed != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("an item holds a record, a problem or an unparsed line");
        }
    }

    public static SourceItem of(String file, long line, ContentRecord record) {
        return new SourceItem(file, line, record, null, null);
    }

    public static SourceItem rejected(String file, long line, String problem) {
        return new SourceItem(file, line, null, problem, null);
    }

    static SourceItem unparsed(String file, long line, byte[] bytes) {
        return new SourceItem(file, line, null, null, bytes);
    }

    /** This item with its line decoded and parsed: a record or a problem. Thread-safe; call from any thread. */
    public SourceItem parsed() {
        if (unparsed == null) {
            return this;
        }
        String text = StrictUtf8.decode(unparsed, 0, unparsed.length);
        return text == null ? rejected(file, line, "not valid UTF-8") : JsonlContentSource.parse(file, line, text);
    }

    /** Whether this is a readable record; only meaningful on a {@link #parsed()} item. */
    public boolean isOk() {
        return record != null;
    }
}
