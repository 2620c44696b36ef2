package dev.consentry.redact;

import java.util.List;

/** Thrown by {@link RedactionConfig#fromMap} with every problem found, so a user fixes a file in one go. */
public final class InvalidConfigException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidConfigException(List<String> problems) {
        super("Invalid redaction config (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
