package dev.consentry.consent.event;

/**
 * Where an event came from: the platform's own event id and the source system (a settings page,
 * an e-mail campaign). Both are optional and carried into the ledger as given.
 */
public record Provenance(String id, String source) {
    public static final Provenance NONE = new Provenance(null, null);
}
