package dev.consentry.dataset.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Content as Parquet: top-level columns named like the content fields, strings, with
 * {@code createdAt} also as a UTC timestamp (see {@link ParquetRows}); other columns are not read.
 * The row number in the file is the record's {@code line}.
 */
final class ParquetContentSource implements ContentSource {
    private static final List<ParquetRows.Column> COLUMNS = List.of(
            ParquetRows.Column.text("id"),
            ParquetRows.Column.text("member"),
            ParquetRows.Column.text("kind"),
            ParquetRows.Column.text("visibility"),
            ParquetRows.Column.instant("createdAt"),
            ParquetRows.Column.text("text"),
            ParquetRows.Column.optionalText("lang"));
    private static final List<String> NAMES = COLUMNS.stream().map(ParquetRows.Column::name).toList();

    private final ParquetRows rows;

    private ParquetContentSource(ParquetRows rows) {
        this.rows = rows;
    }

    static ContentSource open(Path file) {
        return new ParquetContentSource(ParquetRows.open(file, COLUMNS));
    }

    @Override
    public SourceItem next() {
        if (!rows.next()) {
            return null;
        }
        ContentFields.Parsed parsed = ContentFields.parse((field, problems) -> {
            int column = NAMES.indexOf(field);
            if (column < 0) {
                return null;
            }
            if (rows.problem(column) != null) {
                problems.add(rows.problem(column));
                return null;
            }
            return rows.text(column);
        });
        return parsed.isOk() ? SourceItem.of(rows.name(), rows.row(), parsed.record())
                : SourceItem.rejected(rows.name(), rows.row(), String.join("; ", parsed.problems()));
    }

    @Override
    public long bytesRead() {
        return rows.bytesRead();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
