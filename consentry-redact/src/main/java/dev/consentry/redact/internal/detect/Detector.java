package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;

/**
 * One kind of personal data. Implementations are immutable and thread-safe; all per-text state lives
 * in the {@link TextView} and the {@link Candidates} passed in. A detector adds every plausible match
 * with its own base score; context boosting, score thresholds and overlap resolution happen afterwards,
 * in one place ({@code DetectionPipeline}).
 */
public interface Detector {

    /** The type this detector is switched on and off by in the configuration. */
    EntityType type();

    void detect(TextView view, Candidates out);

    /**
     * True when {@link #detect} reads the word tokens of every text (not only near a candidate): then the
     * pipeline derives the shared triggers from the tokens instead of a second pass over every char.
     */
    default boolean readsEveryToken() {
        return false;
    }
}
