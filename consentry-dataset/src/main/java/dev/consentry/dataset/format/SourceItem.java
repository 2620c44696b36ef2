package dev.consentry.dataset.format;

import static java.util.Objects.requireNonNull;

/**
 * What a content source yields for each record of its input: the record, or why the record at
 * {@code file}:{@code line} could not be read (the build counts it as rejected and goes on).
 *
 * @param line the 1-based line (JSON Lines, CSV: the record's first line) or row number (Parquet)
 */
public record SourceItem(String file, long line, ContentRecord record, String problem) {
    public SourceItem {
        requireNonNull(file, "file is null");
        if ((record == null) == (problem == null)) {
            throw new IllegalArgumentException("an item holds a record or a problem");
        }
    }

    public static SourceItem of(String file, long line, ContentRecord record) {
        return new SourceItem(file, line, record, null);
    }

    public static SourceItem rejected(String file, long line, String problem) {
        return new SourceItem(file, line, null, problem);
    }

    public boolean isOk() {
        return record != null;
    }
}
