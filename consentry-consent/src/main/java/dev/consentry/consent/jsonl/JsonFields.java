package dev.consentry.consent.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed fields from one JSON object and collects a problem for each missing or wrongly
 * typed one, naming the field, so that a line reports all its problems at once. Values that are
 * personal data (names, statements) are never echoed into problems.
 */
final class JsonFields {
    private final ObjectNode object;
    private final List<String> problems = new ArrayList<>();

    JsonFields(ObjectNode object) {
        this.object = object;
    }

    List<String> problems() {
        return problems;
    }

    void problem(String message) {
        problems.add(message);
    }

    String requiredText(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            problems.add("missing field '" + field + "'");
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add("field '" + field + "' must be a non-empty string");
            return null;
        }
        return node.asText();
    }

    String optionalText(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add("field '" + field + "' must be a string");
            return null;
        }
        return node.asText();
    }

    Boolean requiredBoolean(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            problems.add("missing field '" + field + "'");
            return null;
        }
        if (!node.isBoolean()) {
            problems.add("field '" + field + "' must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    Instant requiredInstant(String field) {
        String text = requiredText(field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("field '" + field + "' is not an ISO-8601 instant with an offset, e.g. 2025-02-01T00:00:00Z: '" + text + "'");
            return null;
        }
    }

    LocalDate optionalDate(String field) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add("field '" + field + "' is not an ISO-8601 date such as 1990-04-01");
            return null;
        }
    }

    /** A list of non-empty strings; {@code required} makes absence and emptiness problems. */
    List<String> textList(String field, boolean required) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problems.add("missing field '" + field + "'");
                return null;
            }
            return List.of();
        }
        if (!node.isArray()) {
            problems.add("field '" + field + "' must be an array of strings");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.add("field '" + field + "' must hold only non-empty strings");
                return null;
            }
            values.add(item.asText());
        }
        if (required && values.isEmpty()) {
            problems.add("field '" + field + "' must not be empty");
            return null;
        }
        return values;
    }
}
