package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import dev.consentry.consent.Member;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.decision.MemberHistory;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.policy.Policy;

/**
 * The member registry and the consent ledger in a relational database: an SQLite file by default,
 * PostgreSQL through a JDBC URL, the same Flyway-managed schema on both.
 *
 * <p>Writes happen only through {@link MemberImport} and {@link EventImport}, each one transaction.
 * The ledger has no update or delete path, here or in the database (triggers refuse them).
 */
public final class ConsentStore implements AutoCloseable {
    private static final int FETCH = 2000;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Clock clock;
    private final LedgerRows rows = new LedgerRows();

    private ConsentStore(Jdbi jdbi, Dialect dialect, Clock clock) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Opens the database at {@code jdbcUrl}, creating or migrating its schema. */
    public static ConsentStore open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    public static ConsentStore open(String jdbcUrl, Clock clock) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        Dialect dialect = Dialect.of(jdbcUrl);
        DataSource dataSource = DataSources.of(jdbcUrl, dialect);
        try {
            Flyway.configure().dataSource(dataSource).locations(dialect.migrations()).load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open the database " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        return new ConsentStore(Jdbi.create(dataSource), dialect, requireNonNull(clock, "clock is null"));
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Which datasets used which members' data. */
    public Lineage lineage() {
        return new Lineage(jdbi);
    }

    public MemberImport beginMemberImport(String source) {
        return guarded(() -> new MemberImport(jdbi.open(), source, clock));
    }

    public EventImport beginEventImport(String source) {
        return guarded(() -> new EventImport(jdbi.open(), dialect, source, clock));
    }

    public Optional<Member> member(String id) {
        return guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT " + MemberRows.COLUMNS + " FROM members WHERE id = :id")
                .bind("id", id).map((row, ctx) -> MemberRows.member(row)).findOne()));
    }

    public long memberCount() {
        return guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM members").mapTo(Long.class).one()));
    }

    /** Every member, in registration order, for callers that need the whole registry (redaction of known identities). */
    public <R> R withMembers(java.util.function.Function<Stream<Member>, R> consumer) {
        return guarded(() -> jdbi.inTransaction(handle -> {
            try (Stream<Member> members = handle.createQuery("SELECT " + MemberRows.COLUMNS + " FROM members ORDER BY number")
                    .setFetchSize(FETCH).map((row, ctx) -> MemberRows.member(row)).stream()) {
                return consumer.apply(members);
            }
        }));
    }

    public LedgerHead head() {
        return guarded(() -> jdbi.withHandle(ConsentStore::head));
    }

    static LedgerHead head(Handle handle) {
        return handle.createQuery("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")
                .map((row, ctx) -> new LedgerHead(row.getLong("seq"), row.getString("hash")))
                .findOne().orElse(new LedgerHead(0, LedgerHash.GENESIS));
    }

    /** The member's registry entry and ledger entries (unknown members get an empty history). */
    public MemberHistory history(String memberId) {
        return guarded(() -> jdbi.inTransaction(handle -> {
            Member member = handle.createQuery("SELECT " + MemberRows.COLUMNS + " FROM members WHERE id = :id")
                    .bind("id", memberId).map((row, ctx) -> MemberRows.member(row)).findOne().orElse(null);
            List<LedgerEntry> entries = handle.createQuery("SELECT seq, member_id, payload FROM ledger WHERE member_id = :id ORDER BY seq")
                    .bind("id", memberId)
                    .map((row, ctx) -> rows.entry(row.getLong("seq"), row.getString("member_id"), row.getString("payload")))
                    .list();
            return new MemberHistory(memberId, member, entries);
        }));
    }

    /**
     * Every member's decisions as of {@code asOf}, from the ledger as it is now. Reads in one
     * transaction, so the registry and the ledger are seen at the same moment; streams members and
     * entries in member order and folds one member at a time, so memory holds the snapshot and
     * one member's history, whatever the size of the ledger.
     */
    public ConsentSnapshot snapshot(Policy policy, Instant asOf) {
        return guarded(() -> jdbi.inTransaction(handle -> {
            LedgerHead head = head(handle);
            ConsentSnapshot.Builder builder = ConsentSnapshot.builder(policy, asOf).ledger(head.sequence(), head.hash());
            try (Stream<NumberedMember> members = handle.createQuery("SELECT " + MemberRows.COLUMNS + " FROM members ORDER BY number")
                            .setFetchSize(FETCH).map((row, ctx) -> new NumberedMember(row.getLong("number"), MemberRows.member(row))).stream();
                    Stream<NumberedEntry> entries = handle.createQuery("""
                                    SELECT m.number, l.seq, l.member_id, l.payload FROM ledger l JOIN members m ON m.id = l.member_id
                                    WHERE l.seq <= :head ORDER BY m.number, l.seq""")
                            .bind("head", head.sequence()).setFetchSize(FETCH)
                            .map((row, ctx) -> new NumberedEntry(row.getLong("number"),
                                    rows.entry(row.getLong("seq"), row.getString("member_id"), row.getString("payload"))))
                            .stream()) {
                Iterator<NumberedEntry> entryIterator = entries.iterator();
                NumberedEntry pending = entryIterator.hasNext() ? entryIterator.next() : null;
                for (Iterator<NumberedMember> it = members.iterator(); it.hasNext(); ) {
                    NumberedMember member = it.next();
                    List<LedgerEntry> history = new ArrayList<>();
                    while (pending != null && pending.number() == member.number()) {
                        history.add(pending.entry());
                        pending = entryIterator.hasNext() ? entryIterator.next() : null;
                    }
                    builder.add(MemberHistory.of(member.member(), history), member.number());
                }
            }
            return builder.build();
        }));
    }

    private record NumberedMember(long number, Member member) {}

    private record NumberedEntry(long number, LedgerEntry entry) {}

    /** Re-computes the hash chain from the first entry and reports the first that does not match. */
    public VerifyReport verify() {
        return guarded(() -> jdbi.inTransaction(handle -> {
            LedgerVerifier verifier = new LedgerVerifier(rows);
            try (Stream<LedgerVerifier.Row> stored = handle.createQuery(
                            "SELECT seq, type, member_id, objection_id, at, payload, prev_hash, hash FROM ledger ORDER BY seq")
                    .setFetchSize(FETCH)
                    .map((row, ctx) -> new LedgerVerifier.Row(row.getLong("seq"), row.getString("type"), row.getString("member_id"),
                            row.getString("objection_id"), row.getString("at"), row.getString("payload"), row.getString("prev_hash"),
                            row.getString("hash")))
                    .stream()) {
                for (Iterator<LedgerVerifier.Row> it = stored.iterator(); it.hasNext(); ) {
                    if (!verifier.check(it.next())) {
                        break;
                    }
                }
            }
            return verifier.report();
        }));
    }

    @Override
    public void close() {
        // Connections are opened per operation and closed after it; nothing is held between calls.
    }

    static <T> T guarded(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (JdbiException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** The file this database lives in (SQLite), as SQLite itself reports it; empty for PostgreSQL and in-memory databases. */
    public Optional<java.nio.file.Path> databaseFile() {
        if (dialect != Dialect.SQLITE) {
            return Optional.empty();
        }
        String file = guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")
                .mapTo(String.class).findOne().orElse("")));
        return file.isEmpty() ? Optional.empty() : Optional.of(java.nio.file.Path.of(file));
    }

    /**
     * The file an SQLite URL stores into ({@code jdbc:sqlite:PATH}, {@code jdbc:sqlite:file:PATH?...}),
     * so that writers can keep clear of it; empty for PostgreSQL and in-memory databases.
     */
    public static Optional<java.nio.file.Path> sqliteFile(String jdbcUrl) {
        if (!jdbcUrl.regionMatches(true, 0, "jdbc:sqlite:", 0, "jdbc:sqlite:".length())) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        if (path.isEmpty() || path.startsWith(":memory:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.nio.file.Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A URL may carry a password; messages show it without one. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
