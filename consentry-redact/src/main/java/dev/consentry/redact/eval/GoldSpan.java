package dev.consentry.redact.eval;

import static java.util.Objects.requireNonNull;

/** A labelled span of a gold document, in Unicode code-point offsets as the gold files give them. */
public record GoldSpan(int start, int end, String label) {
    public GoldSpan {
        requireNonNull(label, "label is null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Invalid gold span bounds [" + start + ", " + end + ")");
        }
    }
}
