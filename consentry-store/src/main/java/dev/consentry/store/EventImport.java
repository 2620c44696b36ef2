package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

import dev.consentry.consent.jsonl.EventBatchValidator;
import dev.consentry.consent.jsonl.EventBatchValidator.ResolvedEvent;

/**
 * An all-or-nothing append to the ledger. It takes the database's write lock first, so entries
 * of concurrent imports never interleave and the hash chain stays linear; appended entries are
 * chained as they come and become visible only at {@link #commit}. Closing without committing
 * rolls back: the ledger is as if the import never started.
 */
public final class EventImport implements AutoCloseable {
    private final Handle handle;
    private final long importId;
    private final Set<String> knownMembers = new HashSet<>();
    private final LedgerAppender ledger;
    private boolean allowDuplicate;
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
        this.ledger = new LedgerAppender(handle, importId);
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
        ledger.append(resolved.member(), resolved.event());
    }

    /**
     * Lets {@link #commit} append a file whose content was imported before. Without it, importing
     * the same events twice would append every event again: an opt-out counted twice is harmless,
     * but a file of relocations or settings replayed later reorders nothing and doubles the ledger.
     */
    public EventImport allowDuplicate() {
        this.allowDuplicate = true;
        return this;
    }

    /**
     * Makes the appended entries durable and visible, all at once.
     *
     * @throws DuplicateImportException when a file with the same SHA-256 was imported before and
     *     appended entries, unless {@link #allowDuplicate()}; nothing is written then
     */
    public ImportResult commit(String sha256) {
        ledger.flush();
        long records = ledger.appended();
        if (records > 0 && !allowDuplicate) {
            // Read under this import's write lock: a concurrent import of the same file waits and then sees this one.
            Optional<PreviousImport> earlier = handle.createQuery("""
                            SELECT id, source, imported_at, first_seq, last_seq FROM imports
                            WHERE kind = 'events' AND sha256 = :sha AND records > 0 AND id <> :id ORDER BY id LIMIT 1""")
                    .bind("sha", sha256).bind("id", importId)
                    .map((row, ctx) -> new PreviousImport(row.getLong("id"), row.getString("source"), row.getString("imported_at"),
                            row.getLong("first_seq"), row.getLong("last_seq")))
                    .findOne();
            if (earlier.isPresent()) {
                throw new DuplicateImportException(sha256, earlier.get());
            }
        }
        handle.createUpdate("UPDATE imports SET sha256 = :sha, records = :records, first_seq = :first, last_seq = :last WHERE id = :id")
                .bind("sha", sha256).bind("records", records)
                .bind("first", records == 0 ? null : ledger.firstSequence()).bind("last", records == 0 ? null : ledger.lastSequence())
                .bind("id", importId).execute();
        handle.commit();
        committed = true;
        return new ImportResult(records, ledger.firstSequence(), ledger.lastSequence());
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
