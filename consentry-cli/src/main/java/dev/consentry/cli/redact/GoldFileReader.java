package dev.consentry.cli.redact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.consentry.cli.UserException;
import dev.consentry.dataset.io.InputFiles;
import dev.consentry.cli.io.LineErrors;
import dev.consentry.dataset.io.Utf8Lines;
import dev.consentry.redact.eval.GoldDocument;
import dev.consentry.redact.eval.GoldSpan;

/**
 * Reads the two gold formats: Presidio's JSON array of {@code {full_text, spans:[{entity_type,
 * start_position, end_position}]}}, and JSON Lines of {@code {id?, text, spans:[{label, start, end}]}}.
 * Offsets are code points. Bad records are listed with their position, all at once.
 */
final class GoldFileReader {
    enum Format { PRESIDIO, JSONL }

    record Gold(Format format, List<GoldDocument> documents) {}

    private final ObjectMapper json = new ObjectMapper();

    Gold read(String file) {
        InputFiles.Opened in = InputFiles.open(file);
        try (InputStream content = in.content()) {
            byte[] bytes = content.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.stripLeading().startsWith("[") ? new Gold(Format.PRESIDIO, presidio(file, text)) : new Gold(Format.JSONL, jsonl(file, bytes));
        } catch (IOException e) {
            throw new UserException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private List<GoldDocument> presidio(String file, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UserException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        List<GoldDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode record = root.get(i);
            String where = file + ": record " + (i + 1);
            try {
                List<GoldSpan> spans = new ArrayList<>();
                for (JsonNode span : required(record, "spans", where)) {
                    spans.add(new GoldSpan(integer(span, "start_position", where), integer(span, "end_position", where), text(span, "entity_type", where)));
                }
                documents.add(new GoldDocument("record-" + (i + 1), text(record, "full_text", where), spans));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems.subList(0, Math.min(LineErrors.SHOWN, problems.size())));
        }
        return documents;
    }

    private List<GoldDocument> jsonl(String file, byte[] bytes) throws IOException {
        Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream(bytes));
        List<GoldDocument> documents = new ArrayList<>();
        LineErrors errors = new LineErrors(file);
        for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.isValid() && line.text().isBlank()) {
                continue;
            }
            try {
                if (!line.isValid()) {
                    throw new IllegalArgumentException(line.problem());
                }
                JsonNode record = json.readTree(line.text());
                String where = "";
                List<GoldSpan> spans = new ArrayList<>();
                for (JsonNode span : required(record, "spans", where)) {
                    spans.add(new GoldSpan(integer(span, "start", where), integer(span, "end", where), text(span, "label", where)));
                }
                String id = record.hasNonNull("id") ? record.get("id").asText() : "line-" + line.number();
                documents.add(new GoldDocument(id, text(record, "text", where), spans));
            } catch (JsonProcessingException e) {
                errors.add(line.number(), List.of("not valid JSON (" + e.getOriginalMessage() + ")"));
            } catch (IllegalArgumentException e) {
                errors.add(line.number(), List.of(e.getMessage()));
            }
        }
        errors.throwIfAny("no evaluation done: fix the gold file");
        return documents;
    }

    private static JsonNode required(JsonNode record, String field, String where) {
        JsonNode value = record == null ? null : record.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(prefix(where) + "missing field '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode record, String field, String where) {
        JsonNode value = required(record, field, where);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(prefix(where) + "field '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode record, String field, String where) {
        JsonNode value = required(record, field, where);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(prefix(where) + "field '" + field + "' must be a whole number");
        }
        return value.asInt();
    }

    private static String prefix(String where) {
        return where.isEmpty() ? "" : where + ": ";
    }
}
