package dev.consentry.consent.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import dev.consentry.consent.SpellingSuggestion;
import dev.consentry.consent.StoredText;

/**
 * Reads typed fields from one JSON object and collects a problem for each missing or wrongly
 * typed one, naming the field, so that a line reports all its problems at once. Values that are
 * personal data (names, statements) are never echoed into problems.
 *
 * <p>The fields a parser reads are the fields the line may have: {@link #rejectUnreadFields()}
 * reports every other key, so a misspelt optional field ({@code "birthdate"}) is an error rather
 * than a value silently ignored. A parser therefore declares a type's fields simply by reading them.
 *
 * <p>Strings are checked against {@link StoredText}'s rules (unless the object is a stored ledger
 * entry, read back as it was written): every required string and every list item is a short token
 * — an id, a type, an instant, a code — and follows the id rule; an optional string is an id
 * ({@link #optionalId}) or free text ({@link #optionalText}).
 */
final class JsonFields {
    private static final int ECHO_LIMIT = 64;

    private final ObjectNode object;
    private final boolean checkValues;
    private final List<String> problems = new ArrayList<>();
    private String[] read = new String[8];
    private int readCount;
    private int presentCount;

    JsonFields(ObjectNode object) {
        this(object, true);
    }

    /** {@code checkValues} false skips the {@link StoredText} rules, for text that the store already holds. */
    JsonFields(ObjectNode object, boolean checkValues) {
        this.object = object;
        this.checkValues = checkValues;
    }

    List<String> problems() {
        return problems;
    }

    void problem(String message) {
        problems.add(message);
    }

    /** The node of {@code field}, remembering that the field is known. */
    private JsonNode get(String field) {
        for (int i = 0; i < readCount; i++) {
            if (read[i].equals(field)) {
                return object.get(field);
            }
        }
        if (readCount == read.length) {
            read = Arrays.copyOf(read, readCount * 2);
        }
        read[readCount++] = field;
        JsonNode node = object.get(field);
        if (node != null) {
            presentCount++;
        }
        return node;
    }

    /**
     * Reports each key of the object that no read asked for. Call after reading every field the
     * line may have; the keys read are the known ones a message suggests.
     */
    void rejectUnreadFields() {
        if (presentCount == object.size()) {
            return; // every key was read: the common case costs no iteration
        }
        List<String> known = Arrays.asList(read).subList(0, readCount);
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                String closest = SpellingSuggestion.closest(name, known);
                problems.add("unknown field '" + shortened(name) + "' "
                        + (closest != null ? "(did you mean '" + closest + "'?)" : "(known fields: " + String.join(", ", known) + ")"));
            }
        }
    }

    /** A required token: an id, a type name, an instant, a code. */
    String requiredText(String field) {
        JsonNode node = get(field);
        if (node == null || node.isNull()) {
            problems.add("missing field '" + field + "'");
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add("field '" + field + "' must be a non-empty string");
            return null;
        }
        return checkedId(field, node.asText());
    }

    /** An optional id-like token (a region, a channel, a source, an event id). */
    String optionalId(String field) {
        String text = optionalString(field);
        return text == null ? null : checkedId(field, text);
    }

    /** Optional free text (a name, a statement): any characters but control characters and unpaired surrogates. */
    String optionalText(String field) {
        String text = optionalString(field);
        if (text == null || !checkValues) {
            return text;
        }
        String problem = StoredText.freeTextProblem(text);
        if (problem != null) {
            problems.add("field '" + field + "' " + problem);
            return null;
        }
        return text;
    }

    private String optionalString(String field) {
        JsonNode node = get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add("field '" + field + "' must be a string");
            return null;
        }
        return node.asText();
    }

    private String checkedId(String field, String text) {
        if (!checkValues) {
            return text;
        }
        String problem = StoredText.idProblem(text);
        if (problem != null) {
            problems.add("field '" + field + "' " + problem);
            return null;
        }
        return text;
    }

    Boolean requiredBoolean(String field) {
        JsonNode node = get(field);
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
            problems.add("field '" + field + "' is not an ISO-8601 instant with an offset, e.g. 2025-02-01T00:00:00Z: '" + shortened(text) + "'");
            return null;
        }
    }

    LocalDate optionalDate(String field) {
        String text = optionalString(field);
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

    /** A list of ids; {@code required} makes absence and emptiness problems. */
    List<String> textList(String field, boolean required) {
        JsonNode node = get(field);
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
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.add("field '" + field + "' must hold only non-empty strings");
                return null;
            }
            String problem = checkValues ? StoredText.idProblem(item.asText()) : null;
            if (problem != null) {
                problems.add("field '" + field + "' item " + (values.size() + 1) + " " + problem);
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

    /** A value as a message may repeat it: at most {@value #ECHO_LIMIT} characters. */
    static String shortened(String value) {
        return value.length() <= ECHO_LIMIT ? value : value.substring(0, ECHO_LIMIT) + "… (" + value.length() + " characters)";
    }
}
