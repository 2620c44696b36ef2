package dev.consentry.redact;

import static java.util.Objects.requireNonNull;

/**
 * A detected piece of personal data: {@code [start, end)} in UTF-16 char indices of the Java string
 * (what {@link String#substring(int, int)} takes), its type and a confidence score in {@code [0, 1]}.
 * Use {@link Offsets} to convert to Unicode code-point offsets for anything outside the JVM.
 *
 * <p>{@link #toString()} deliberately shows no text: a span never carries the personal data itself.
 */
public record Span(int start, int end, EntityType type, double score) implements Comparable<Span> {

    public Span {
        requireNonNull(type, "type is null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Invalid span bounds [" + start + ", " + end + ")");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("Invalid span score " + score + " (must be in [0, 1])");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code source}, which must be the text the span was detected in. */
    public String textIn(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** Orders by start, then end, so sorted lists read left to right. */
    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
