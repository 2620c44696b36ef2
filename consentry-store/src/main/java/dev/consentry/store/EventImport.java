package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.jsonl.EventBatchValidator;
import dev.consentry.consent.jsonl.EventBatchValidator.ResolvedEvent;
import dev.consentry.consent.jsonl.EventJson;

/**
 * An all-or-nothing append to the ledger. It takes the database's write lock first, so entries
 * of concurrent imports never interleave and the hash chain stays linear; appended entries are
 * chained as they come and become visible only at {@link #commit}. Closing without committing
 * rolls back: the ledger is as if the import never started.
 */
public final class EventImport implements AutoCloseable {
    private static final String APPEND = """
            INSERT INTO ledger (seq, type, member_id, objection_id, at, payload, prev_hash, hash, import_id)
            VALUES (:seq, :type, :member, :objection, :at, :payload, :prev, :hash, :import)""";

    private final Handle handle;
    private final long importId;
    private final long firstSequence;
    private final Set<String> knownMembers = new HashSet<>();
    private final BatchedInsert rows;
    private long sequence;
    private String hash;
    private boolean committed;

    EventImport(Handle handle, Dialect dialect, String source, Clock clock) {
        this.handle = requireNonNull(handle, "handle is null");
        handle.begin();
        // The imports row is written first: in SQLite the first write takes the database's write
        // lock, in PostgreSQL the explicit lock does; either way the head read below cannot go stale.
        this.importId = handle.createUpdate("INSERT INTO imports (kind, source, sha256, records, imported_at) VALUES ('events', :source, '', 0, :at)")
                .bind("source", source).bind("at", clock.instant().toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        if (dialect == Dialect.POSTGRESQL) {
            handle.execute("LOCK TABLE ledger IN EXCLUSIVE MODE");
        }
        LedgerHead head = ConsentStore.head(handle);
        this.sequence = head.sequence();
        this.hash = head.hash();
        this.firstSequence = sequence + 1;
        this.rows = new BatchedInsert(handle, APPEND);
    }

    /** What the validator needs to know about the store, read inside this import's transaction. */
    public EventBatchValidator.Registry registry() {
        return new EventBatchValidator.Registry() {
            @Override
            public boolean hasMember(String memberId) {
                if (knownMembers.contains(memberId)) {
                    return true;
                }
                boolean known = handle.createQuery("SELECT COUNT(*) FROM members WHERE id = :id").bind("id", memberId).mapTo(Long.class).one() > 0;
                if (known) {
                    knownMembers.add(memberId);
                }
                return known;
            }

            @Override
            public Optional<String> objectionOwner(String objectionId) {
                return handle.createQuery("SELECT member_id FROM ledger WHERE objection_id = :id AND type = 'objection-filed'")
                        .bind("id", objectionId).mapTo(String.class).findOne();
            }
        };
    }

    public void append(ResolvedEvent resolved) {
        ConsentEvent event = resolved.event();
        String payload = EventJson.canonical(event);
        long seq = ++sequence;
        String previous = hash;
        hash = LedgerHash.of(previous, seq, payload);
        String current = hash;
        rows.add(row -> row.bind("seq", seq).bind("type", event.type().wireName()).bind("member", resolved.member())
                .bind("objection", event.objection().orElse(null)).bind("at", event.at().toString())
                .bind("payload", payload).bind("prev", previous).bind("hash", current).bind("import", importId));
    }

    /** Makes the appended entries durable and visible, all at once. */
    public ImportResult commit(String sha256) {
        rows.flush();
        long records = sequence - firstSequence + 1;
        handle.createUpdate("UPDATE imports SET sha256 = :sha, records = :records, first_seq = :first, last_seq = :last WHERE id = :id")
                .bind("sha", sha256).bind("records", records)
                .bind("first", records == 0 ? null : firstSequence).bind("last", records == 0 ? null : sequence)
                .bind("id", importId).execute();
        handle.commit();
        committed = true;
        return new ImportResult(records, records == 0 ? 0 : firstSequence, records == 0 ? 0 : sequence);
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                handle.rollback();
            }
        } finally {
            handle.close();
        }
    }
}
