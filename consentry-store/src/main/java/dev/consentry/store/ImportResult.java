package dev.consentry.store;

/** What an import wrote: how many records and, for events, which ledger sequences (0 when none). */
public record ImportResult(long records, long firstSequence, long lastSequence) {}
