package dev.consentry.dataset.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.consentry.dataset.io.InputException;
import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.Utf8Lines;

/**
 * Content as CSV (plain, .gz or .zst) with a header row naming the columns, in any order; columns
 * it does not know are ignored. Quoting follows RFC 4180 (see {@link CsvRecords}). A record with the
 * wrong number of fields, bad quoting or bytes that are not UTF-8 is rejected with the line it
 * starts on; a file without a usable header is an {@link InputException}.
 */
final class CsvContentSource implements ContentSource {
    /** Columns a record cannot do without; {@code lang} may be absent. */
    static final List<String> REQUIRED = List.of("id", "member", "kind", "visibility", "createdAt", "text");

    private final InputFiles.Opened input;
    private final CsvRecords records;
    private final Map<String, Integer> columns;
    private final int width;

    private CsvContentSource(InputFiles.Opened input, CsvRecords records, Map<String, Integer> columns, int width) {
        this.input = input;
        this.records = records;
        this.columns = columns;
        this.width = width;
    }

    static ContentSource open(Path file) {
        return open(file, Utf8Lines.DEFAULT_MAX_LINE_BYTES);
    }

    static ContentSource open(Path file, int maxRecordBytes) {
        InputFiles.Opened input = InputFiles.open(file.toString());
        try {
            CsvRecords records = new CsvRecords(input.content(), maxRecordBytes);
            CsvRecords.Row header = records.next();
            if (header == null) {
                throw new InputException(input.name() + ": empty file; the first line must name the columns " + REQUIRED);
            }
            if (!header.isValid()) {
                throw new InputException(input.name() + ":" + header.line() + ": header row: " + header.problem());
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> problems = new ArrayList<>();
            if (!header.fields().isEmpty() && header.fields().get(0).indexOf(ByteOrderMark.CHAR) == 0) {
                throw new InputException(input.name() + ":" + header.line() + ": " + ByteOrderMark.MISPLACED);
            }
            for (int i = 0; i < header.fields().size(); i++) {
                String name = header.fields().get(i).strip();
                if (columns.putIfAbsent(name, i) != null && !name.isEmpty()) {
                    problems.add(input.name() + ":" + header.line() + ": column '" + name + "' appears more than once");
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    problems.add(input.name() + ":" + header.line() + ": missing column '" + required + "'");
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return new CsvContentSource(input, records, Map.copyOf(columns), header.fields().size());
        } catch (IOException e) {
            closeQuietly(input);
            throw new InputException(input.name() + ": cannot read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            closeQuietly(input);
            throw e;
        }
    }

    @Override
    public SourceItem next() throws IOException {
        CsvRecords.Row row = records.next();
        if (row == null) {
            return null;
        }
        if (!row.isValid()) {
            return SourceItem.rejected(input.name(), row.line(), row.problem());
        }
        List<String> fields = row.fields();
        if (!fields.isEmpty() && fields.get(0).indexOf(ByteOrderMark.CHAR) == 0) {
            return SourceItem.rejected(input.name(), row.line(), ByteOrderMark.MISPLACED);
        }
        if (fields.size() != width) {
            return SourceItem.rejected(input.name(), row.line(), "record has " + fields.size() + " fields; the header has " + width);
        }
        ContentFields.Parsed parsed = ContentFields.parse((field, problems) -> {
            Integer column = columns.get(field);
            return column == null ? null : fields.get(column);
        });
        return parsed.isOk() ? SourceItem.of(input.name(), row.line(), parsed.record())
                : SourceItem.rejected(input.name(), row.line(), String.join("; ", parsed.problems()));
    }

    @Override
    public String sha256OfWholeFile() {
        return input.sha256();
    }

    @Override
    public long bytesRead() {
        return input.storedBytesRead();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private static void closeQuietly(InputFiles.Opened input) {
        try {
            input.close();
        } catch (IOException ignored) {
            // the open failed already; that is the error to report
        }
    }
}
