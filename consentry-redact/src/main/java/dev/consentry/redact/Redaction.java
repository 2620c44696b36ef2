package dev.consentry.redact;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link RedactionEngine#redact}: the new text, the spans that were replaced (offsets in
 * the <em>original</em> text), how many of each type, and the drop verdict. When the verdict drops the
 * record, {@code text} is empty so that a caller who forgets to check cannot publish it.
 */
public record Redaction(String text, List<Span> spans, Map<EntityType, Integer> counts, DropVerdict verdict) {

    public Redaction {
        requireNonNull(text, "text is null");
        spans = List.copyOf(requireNonNull(spans, "spans is null"));
        counts = Map.copyOf(requireNonNull(counts, "counts is null"));
        requireNonNull(verdict, "verdict is null");
    }

    public boolean dropped() {
        return verdict.dropped();
    }
}
