package dev.consentry.cli;

import java.util.List;

/**
 * A mistake in what the user gave us: a bad file, field or option. Printed without a stack trace;
 * the command exits with status 2 and nothing already accepted is lost.
 */
public final class UserException extends RuntimeException {
    private final List<String> problems;

    public UserException(String problem) {
        this(List.of(problem));
    }

    public UserException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
