package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import org.jdbi.v3.core.Handle;

import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.jsonl.EventJson;

/**
 * Chains entries onto the ledger inside an import's transaction: each entry's hash covers the
 * previous one's, so the caller must hold the database's write lock (see {@link EventImport}) from
 * before the head is read until its commit. Rows are written in batches; {@link #flush} makes them
 * visible to the transaction's own queries.
 */
final class LedgerAppender {
    private static final String APPEND = """
            INSERT INTO ledger (seq, type, member_id, objection_id, at, payload, prev_hash, hash, import_id)
            VALUES (:seq, :type, :member, :objection, :at, :payload, :prev, :hash, :import)""";

    private final long importId;
    private final long firstSequence;
    private final BatchedInsert rows;
    private long sequence;
    private String hash;

    LedgerAppender(Handle handle, long importId) {
        this.importId = importId;
        LedgerHead head = ConsentStore.head(requireNonNull(handle, "handle is null"));
        this.sequence = head.sequence();
        this.hash = head.hash();
        this.firstSequence = sequence + 1;
        this.rows = new BatchedInsert(handle, APPEND);
    }

    void append(String member, ConsentEvent event) {
        String payload = EventJson.canonical(event);
        long seq = ++sequence;
        String previous = hash;
        hash = LedgerHash.of(previous, seq, payload);
        String current = hash;
        rows.add(row -> row.bind("seq", seq).bind("type", event.type().wireName()).bind("member", member)
                .bind("objection", event.objection().orElse(null)).bind("at", event.at().toString())
                .bind("payload", payload).bind("prev", previous).bind("hash", current).bind("import", importId));
    }

    void flush() {
        rows.flush();
    }

    long appended() {
        return sequence - firstSequence + 1;
    }

    /** The first sequence appended, or 0 when none was. */
    long firstSequence() {
        return appended() == 0 ? 0 : firstSequence;
    }

    /** The last sequence appended, or 0 when none was. */
    long lastSequence() {
        return appended() == 0 ? 0 : sequence;
    }
}
