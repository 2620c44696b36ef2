package dev.consentry.dataset.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds a {@link ContentRecord} from named fields, whatever the file format, and says what is
 * wrong with a record that cannot be one: every problem, each naming its field, never its value
 * (content is personal data).
 */
public final class ContentFields {
    /** Reads a field as text; returns null when absent, and reports a field that is not text. */
    public interface Access {
        String text(String field, List<String> problems);
    }

    /** A record or the problems that stop it being one. */
    public record Parsed(ContentRecord record, List<String> problems) {
        public boolean isOk() {
            return record != null;
        }
    }

    private ContentFields() {}

    public static Parsed parse(Access fields) {
        List<String> problems = new ArrayList<>();
        String id = required(fields, "id", problems);
        String member = required(fields, "member", problems);
        String kind = required(fields, "kind", problems);
        String visibility = required(fields, "visibility", problems);
        String created = required(fields, "createdAt", problems);
        String text = fields.text("text", problems);
        if (text == null && problems.stream().noneMatch(problem -> problem.contains("'text'"))) {
            problems.add("missing field 'text'");
        }
        String lang = fields.text("lang", problems);
        if (kind != null && !ContentRecord.KINDS.contains(kind)) {
            problems.add("field 'kind' is not one of " + new TreeSet<>(ContentRecord.KINDS));
        }
        if (visibility != null && !ContentRecord.VISIBILITIES.contains(visibility)) {
            problems.add("field 'visibility' is not one of " + new TreeSet<>(ContentRecord.VISIBILITIES));
        }
        Instant createdAt = null;
        if (created != null) {
            try {
                createdAt = OffsetDateTime.parse(created).toInstant();
            } catch (DateTimeParseException e) {
                problems.add("field 'createdAt' is not an ISO-8601 instant with an offset");
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new ContentRecord(id, member, kind, visibility, createdAt, text, lang == null || lang.isBlank() ? null : lang), List.of());
    }

    private static String required(Access fields, String field, List<String> problems) {
        int before = problems.size();
        String value = fields.text(field, problems);
        if ((value == null || value.isBlank()) && problems.size() == before) {
            problems.add(value == null ? "missing field '" + field + "'" : "field '" + field + "' is empty");
            return null;
        }
        return value;
    }
}
