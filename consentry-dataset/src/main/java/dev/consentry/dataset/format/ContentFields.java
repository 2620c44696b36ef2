package dev.consentry.dataset.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
                createdAt = parseInstant(created);
            } catch (DateTimeParseException e) {
                problems.add("field 'createdAt' is not an ISO-8601 instant with an offset");
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new ContentRecord(id, member, kind, visibility, createdAt, text, lang == null || lang.isBlank() ? null : lang), List.of());
    }

    /**
     * {@code OffsetDateTime.parse(value).toInstant()}, with the common "2025-03-02T10:00:00Z" read digit by
     * digit: the formatter's general parser was 8% of a build. Anything else, and any value the fast path
     * finds out of range, goes to the formatter, which accepts or rejects it as before.
     */
    static Instant parseInstant(String value) {
        if (value.length() == 20 && value.charAt(4) == '-' && value.charAt(7) == '-' && value.charAt(10) == 'T'
                && value.charAt(13) == ':' && value.charAt(16) == ':' && value.charAt(19) == 'Z') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            int hour = digits(value, 11, 13);
            int minute = digits(value, 14, 16);
            int second = digits(value, 17, 19);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // out of range (month 13, 31 April, 25:00): the formatter reports it
                }
            }
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    /** The decimal value of {@code s[from, to)}, or -1 unless every char is an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
