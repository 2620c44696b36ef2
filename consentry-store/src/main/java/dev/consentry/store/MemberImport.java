package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.jsonl.LineResult;
import dev.consentry.consent.registry.RegisteredFacts;
import dev.consentry.consent.registry.RegistryUpdate;

/**
 * An all-or-nothing member import: rows go into one transaction as they are added, and only
 * {@link #commit} makes them visible; closing without committing rolls everything back.
 *
 * <p>The registry row is a projection for lookups (name, handles, region). What decisions rest on
 * goes into the ledger in the same transaction, as {@link RegistryUpdate} says: a registration for
 * a new member, a relocation when the country changed, a recorded birth date where none was known;
 * a line that would remove or change a known birth date is refused. Like an event import it takes
 * the database's write lock first, so its entries chain linearly with every other import's.
 */
public final class MemberImport implements AutoCloseable {
    private static final String UPSERT = """
            INSERT INTO members (id, country, region, birth_date, name, handles, updated_at)
            VALUES (:id, :country, :region, :birth, :name, :handles, :updated)
            ON CONFLICT (id) DO UPDATE SET country = excluded.country, region = excluded.region,
                birth_date = excluded.birth_date, name = excluded.name, handles = excluded.handles,
                updated_at = excluded.updated_at""";
    private static final String FACTS = """
            SELECT l.seq, l.member_id, l.payload, i.kind FROM ledger l JOIN imports i ON i.id = l.import_id
            WHERE l.member_id = :id AND l.type IN ('registration', 'relocation', 'birth-date-recorded', 'birth-date-corrected')
            ORDER BY l.seq""";

    private final Handle handle;
    private final long importId;
    private final Instant now;
    private final Provenance provenance;
    private final LedgerAppender ledger;
    private final BatchedInsert rows;
    /** Ids written since the last flush: a second line for one of them must see the first one's entries. */
    private final Set<String> unflushed = new HashSet<>();
    private final LedgerRows ledgerRows = new LedgerRows();
    private PreparedStatement factsQuery;
    /** When the database held no member and no ledger entry at the start: the ids this import wrote. */
    private final SeenIds seenInEmptyRegistry;
    private long records;
    private long registrations;
    private long relocations;
    private long birthDatesRecorded;
    private boolean committed;

    MemberImport(Handle handle, Dialect dialect, String source, Clock clock) {
        this.handle = requireNonNull(handle, "handle is null");
        requireNonNull(source, "source is null");
        this.now = clock.instant();
        this.provenance = new Provenance(null, source);
        handle.begin();
        // As in EventImport: the imports row takes SQLite's write lock, the explicit lock PostgreSQL's.
        this.importId = handle.createUpdate("INSERT INTO imports (kind, source, sha256, records, imported_at) VALUES ('members', :source, '', 0, :at)")
                .bind("source", source).bind("at", now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        if (dialect == Dialect.POSTGRESQL) {
            handle.execute("LOCK TABLE ledger IN EXCLUSIVE MODE");
        }
        this.ledger = new LedgerAppender(handle, importId);
        this.rows = new BatchedInsert(handle, UPSERT);
        // Read under the write lock taken above: no other import can register a member meanwhile.
        boolean empty = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM ledger LIMIT 1) l").mapTo(Long.class).one() == 0
                && handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM members LIMIT 1) m").mapTo(Long.class).one() == 0;
        this.seenInEmptyRegistry = empty ? new SeenIds() : null;
    }

    /**
     * Checks a member line against what the ledger holds and, when it passes, writes it.
     *
     * @return the line's problems (a known birth date removed or changed); empty when it was written
     */
    public List<String> add(Member member) {
        LineResult<List<ConsentEvent>> changes = check(member);
        if (!changes.isOk()) {
            return changes.problems();
        }
        write(member, changes.value());
        return List.of();
    }

    /** What the line would add to the ledger, or its problems; writes nothing. */
    public LineResult<List<ConsentEvent>> check(Member member) {
        return RegistryUpdate.changes(member, facts(member.id()), now, provenance);
    }

    /** Writes a line {@link #check} passed, with the entries it returned. */
    public void write(Member member, List<ConsentEvent> entries) {
        for (ConsentEvent entry : entries) {
            ledger.append(member.id(), entry);
            if (entry instanceof Registration) {
                registrations++;
            } else if (entry instanceof Relocation) {
                relocations++;
            } else {
                birthDatesRecorded++;
            }
        }
        rows.add(row -> row.bind("id", member.id()).bind("country", member.country()).bind("region", member.region())
                .bind("birth", member.birthDate() == null ? null : member.birthDate().toString())
                .bind("name", member.name()).bind("handles", MemberRows.handlesJson(member.handles()))
                .bind("updated", now.toString()));
        unflushed.add(member.id());
        if (seenInEmptyRegistry != null) {
            seenInEmptyRegistry.add(member.id());
        }
        records++;
        if (unflushed.size() >= BatchedInsert.SIZE) {
            flush();
        }
    }

    private RegisteredFacts facts(String memberId) {
        if (seenInEmptyRegistry != null && !seenInEmptyRegistry.mayContain(memberId)) {
            return RegisteredFacts.NONE; // nothing in the database but this import's own lines, and not this id
        }
        if (unflushed.contains(memberId)) {
            flush();
        }
        List<FactRow> stored = new ArrayList<>();
        try {
            if (factsQuery == null) {
                // One prepared statement for every line: preparing a query per line cost ~10x the import's time.
                factsQuery = handle.getConnection().prepareStatement(FACTS.replace(":id", "?"));
            }
            factsQuery.setString(1, memberId);
            try (ResultSet row = factsQuery.executeQuery()) {
                while (row.next()) {
                    stored.add(new FactRow(ledgerRows.entry(row.getLong("seq"), row.getString("member_id"), row.getString("payload")),
                            "members".equals(row.getString("kind"))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
        if (stored.isEmpty()) {
            return RegisteredFacts.NONE;
        }
        Set<Long> byMemberImport = new HashSet<>();
        for (FactRow fact : stored) {
            if (fact.byMemberImport()) {
                byMemberImport.add(fact.entry().sequence());
            }
        }
        return RegisteredFacts.of(stored.stream().map(FactRow::entry).toList(), entry -> byMemberImport.contains(entry.sequence()), now);
    }

    private record FactRow(LedgerEntry entry, boolean byMemberImport) {}

    private void flush() {
        ledger.flush();
        rows.flush();
        unflushed.clear();
    }

    /** Writes what was added, durably, and returns how much. */
    public MemberImportResult commit(String sha256) {
        flush();
        long entries = ledger.appended();
        handle.createUpdate("UPDATE imports SET sha256 = :sha, records = :records, first_seq = :first, last_seq = :last WHERE id = :id")
                .bind("sha", sha256).bind("records", records)
                .bind("first", entries == 0 ? null : ledger.firstSequence()).bind("last", entries == 0 ? null : ledger.lastSequence())
                .bind("id", importId).execute();
        handle.commit();
        committed = true;
        return new MemberImportResult(records, registrations, relocations, birthDatesRecorded, ledger.firstSequence(), ledger.lastSequence());
    }

    @Override
    public void close() {
        try {
            if (factsQuery != null) {
                factsQuery.close();
            }
        } catch (SQLException e) {
            // Closing a read statement loses nothing; the rollback or commit below decides.
        }
        try {
            if (!committed) {
                handle.rollback();
            }
        } finally {
            handle.close();
        }
    }
}
