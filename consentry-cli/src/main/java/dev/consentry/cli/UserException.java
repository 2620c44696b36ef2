package dev.consentry.cli;

import java.util.List;

import dev.consentry.dataset.io.InputException;

/**
 * A mistake in what the user gave us: a bad file, field or option. Printed without a stack trace;
 * the command exits with status 2 and nothing already accepted is lost.
 */
public final class UserException extends InputException {
    public UserException(String problem) {
        super(problem);
    }

    public UserException(List<String> problems) {
        super(problems);
    }
}
