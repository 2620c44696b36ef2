package dev.consentry.store;

import java.util.List;

/**
 * An anchor that cannot be used: not readable as one (bad JSON, a missing, unknown or mistyped
 * field), or an anchor of another ledger. Each problem names the anchor's source and field.
 */
public final class AnchorException extends RuntimeException {
    private final List<String> problems;

    public AnchorException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
