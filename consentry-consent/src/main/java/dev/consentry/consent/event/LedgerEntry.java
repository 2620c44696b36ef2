package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

/**
 * An event as stored in the ledger.
 *
 * @param sequence position in the ledger, from 1, strictly increasing; breaks ties between equal instants
 * @param member the member the event concerns (for objection follow-ups, the member who filed the objection)
 * @param event the event
 */
public record LedgerEntry(long sequence, String member, ConsentEvent event) {
    public LedgerEntry {
        requireNonNull(member, "member is null");
        requireNonNull(event, "event is null");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /** Whether this entry is later than {@code other} in the order that decides "the latest": instant, then sequence. */
    public boolean isAfter(LedgerEntry other) {
        int byInstant = event.at().compareTo(other.event.at());
        return byInstant > 0 || (byInstant == 0 && sequence > other.sequence);
    }
}
