package dev.consentry.redact.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A text with its gold spans. The id names the document in reports; the text never appears there. */
public record GoldDocument(String id, String text, List<GoldSpan> spans) {
    public GoldDocument {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        spans = List.copyOf(requireNonNull(spans, "spans is null"));
        int codePoints = text.codePointCount(0, text.length());
        for (GoldSpan s : spans) {
            if (s.end() > codePoints) {
                throw new IllegalArgumentException("Gold span [" + s.start() + ", " + s.end() + ") of document " + id
                        + " ends after the text (" + codePoints + " code points)");
            }
        }
    }
}
