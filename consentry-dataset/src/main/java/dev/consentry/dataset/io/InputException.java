package dev.consentry.dataset.io;

import java.util.List;

/**
 * A problem with what the user gave: a file that is missing or unreadable, a line or field that is
 * wrong. The message names the file (and line and field where there is one) and never contains the
 * personal data the file may hold. Commands report it without a stack trace, with exit status 2.
 */
public class InputException extends RuntimeException {
    private final List<String> problems;

    public InputException(String problem) {
        this(List.of(problem));
    }

    public InputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
