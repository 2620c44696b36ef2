package dev.consentry.store;

/**
 * What a member import wrote: how many member lines, and the ledger entries they added — a
 * registration for each new member, a relocation for each changed country, a recorded birth date
 * for each one first learned — in the sequences {@code firstSequence..lastSequence} (0 when none).
 */
public record MemberImportResult(long records, long registrations, long relocations, long birthDatesRecorded, long firstSequence, long lastSequence) {
    public long ledgerEntries() {
        return registrations + relocations + birthDatesRecorded;
    }
}
