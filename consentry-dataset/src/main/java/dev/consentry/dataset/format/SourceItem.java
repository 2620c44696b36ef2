package dev.consentry.dataset.format;

import static java.util.Objects.requireNonNull;

/**
 * What a content source yields for each record of its input: the record, or why the record at
 * {@code file}:{@code line} could not be read (the build counts it as rejected and goes on) — or,
 * for JSON Lines, the line not yet parsed: parsing is the costliest part of reading, so sources
 * leave it to {@link #parsed()}, which the build's worker threads call, and the one reading thread
 * only splits lines.
 *
 * @param line the 1-based line (JSON Lines, CSV: the record's first line) or row number (Parquet)
 * @param unparsed the raw JSON line when neither record nor problem is known yet, else null
 */
public record SourceItem(String file, long line, ContentRecord record, String problem, String unparsed) {
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

    static SourceItem unparsed(String file, long line, String text) {
        return new SourceItem(file, line, null, null, text);
    }

    /** This item with its line parsed: a record or a problem. Thread-safe; call from any thread. */
    public SourceItem parsed() {
        return unparsed == null ? this : JsonlContentSource.parse(file, line, unparsed);
    }

    /** Whether this is a readable record; only meaningful on a {@link #parsed()} item. */
    public boolean isOk() {
        return record != null;
    }
}
