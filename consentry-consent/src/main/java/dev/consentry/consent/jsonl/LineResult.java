package dev.consentry.consent.jsonl;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One parsed line: a value, or every problem found on the line (never both). */
public record LineResult<T>(T value, List<String> problems) {
    public LineResult {
        problems = List.copyOf(problems);
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a line result holds a value or problems, not both or neither");
        }
    }

    public static <T> LineResult<T> ok(T value) {
        return new LineResult<>(requireNonNull(value, "value is null"), List.of());
    }

    public static <T> LineResult<T> failed(List<String> problems) {
        return new LineResult<>(null, problems);
    }

    public boolean isOk() {
        return value != null;
    }
}
