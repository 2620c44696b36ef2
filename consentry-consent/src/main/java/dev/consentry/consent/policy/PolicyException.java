package dev.consentry.consent.policy;

import java.util.List;

/** A policy file that does not validate; lists every problem at once, each as {@code FILE:LINE: path: message}. */
public final class PolicyException extends RuntimeException {
    private final List<String> problems;

    public PolicyException(List<String> problems) {
        super("invalid policy:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
