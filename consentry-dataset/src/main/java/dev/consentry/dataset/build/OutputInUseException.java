package dev.consentry.dataset.build;

/**
 * Another build is writing the same output right now. Not a mistake in what was given — the same
 * request succeeds once that build has finished — so commands report it as a failure to do the
 * work (exit status 1), without a stack trace.
 */
public final class OutputInUseException extends RuntimeException {
    public OutputInUseException(String message) {
        super(message);
    }
}
