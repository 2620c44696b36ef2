package dev.consentry.store;

import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.jsonl.EventLineParser;
import dev.consentry.consent.jsonl.LineResult;

/** Turns stored ledger rows back into entries; an unreadable row stops the reader (fail closed). */
final class LedgerRows {
    private final EventLineParser parser = EventLineParser.forStoredEvents();

    LedgerEntry entry(long sequence, String member, String payload) {
        return new LedgerEntry(sequence, member, event(sequence, payload));
    }

    ConsentEvent event(long sequence, String payload) {
        LineResult<ConsentEvent> parsed = parser.parse(payload);
        if (!parsed.isOk()) {
            throw new StoreException("ledger entry " + sequence + " cannot be read (" + String.join("; ", parsed.problems())
                    + "); run 'consentry ledger verify'");
        }
        return parsed.value();
    }
}
