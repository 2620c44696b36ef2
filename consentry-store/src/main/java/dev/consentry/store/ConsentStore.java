package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

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
    private final boolean readOnly;
    private final LedgerRows rows = new LedgerRows();

    private ConsentStore(Jdbi jdbi, Dialect dialect, Clock clock, boolean readOnly) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** Opens the database at {@code jdbcUrl}, creating it (an SQLite file and its folder) or its schema if missing, and migrating it. */
    public static ConsentStore open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    public static ConsentStore open(String jdbcUrl, Clock clock) {
        return open(jdbcUrl, clock, true);
    }

    /**
     * Opens a database that exists and holds a Consentry schema, migrating it if it is older and
     * writable. A missing database (a mistyped path), one without the schema, an unsupported or
     * malformed URL: {@link InvalidDatabaseException}. A read-only database (an SQLite file this
     * process cannot write, a read-only PostgreSQL session) is read without writing anything.
     */
    public static ConsentStore openExisting(String jdbcUrl) {
        return openExisting(jdbcUrl, Clock.systemUTC());
    }

    public static ConsentStore openExisting(String jdbcUrl, Clock clock) {
        return open(jdbcUrl, clock, false);
    }

    private static ConsentStore open(String jdbcUrl, Clock clock, boolean create) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(clock, "clock is null");
        Dialect dialect = Dialect.of(jdbcUrl);
        String shown = JdbcUrls.mask(jdbcUrl);
        DataSources.Opened opened = DataSources.of(jdbcUrl, dialect, create);
        boolean readOnly = opened.readOnly() || dialect == Dialect.POSTGRESQL && sessionIsReadOnly(opened.dataSource(), shown);
        if (readOnly && create) {
            throw new InvalidDatabaseException(describe(jdbcUrl, dialect) + " is read-only: nothing can be imported into it");
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(opened.dataSource()).locations(dialect.migrations())
                    .javaMigrations(new RegistrationsForExistingMembers(clock)).load();
            MigrationInfoService info = flyway.info();
            if (info.applied().length == 0 && !create) {
                throw new InvalidDatabaseException(describe(jdbcUrl, dialect) + " holds no Consentry registry (no schema): an import creates one");
            }
            if (info.pending().length > 0) {
                if (readOnly) {
                    throw new StoreException(describe(jdbcUrl, dialect) + " has schema version " + versionOf(info.current())
                            + " and needs migrating, which a read-only database cannot do: open it once where it can be written");
                }
                flyway.migrate();
            }
        } catch (FlywayException e) {
            if (rootCause(e) instanceof org.sqlite.SQLiteException sqlite && sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB) {
                throw new InvalidDatabaseException(describe(jdbcUrl, dialect) + " is not an SQLite database", e);
            }
            throw new StoreException("cannot open the database " + shown + ": " + JdbcUrls.mask(rootMessage(e)), e);
        }
        Jdbi jdbi = Jdbi.create(opened.dataSource());
        boolean writable = !readOnly && (dialect != Dialect.POSTGRESQL || guarded(() -> jdbi.withHandle(handle -> handle.createQuery(
                "SELECT has_table_privilege('ledger_checkpoint', 'INSERT') AND has_table_privilege('ledger_checkpoint', 'UPDATE')")
                .mapTo(Boolean.class).one())));
        return new ConsentStore(jdbi, dialect, clock, !writable);
    }

    /**
     * A PostgreSQL session that cannot write (default_transaction_read_only, a hot standby). Also
     * the first connection: a database that does not exist is the caller's mistake, named.
     */
    private static boolean sessionIsReadOnly(DataSource dataSource, String shown) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW transaction_read_only")) {
            return result.next() && "on".equalsIgnoreCase(result.getString(1));
        } catch (SQLException e) {
            if ("3D000".equals(e.getSQLState())) {
                throw new InvalidDatabaseException("no database at " + shown + ": " + JdbcUrls.mask(e.getMessage()), e);
            }
            throw new StoreException("cannot open the database " + shown + ": " + JdbcUrls.mask(rootMessage(e)), e);
        }
    }

    private static String describe(String jdbcUrl, Dialect dialect) {
        return dialect == Dialect.SQLITE ? DataSources.sqliteFile(jdbcUrl).map(Path::toString).orElse(JdbcUrls.mask(jdbcUrl)) : JdbcUrls.mask(jdbcUrl);
    }

    private static String versionOf(MigrationInfo current) {
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /** True when nothing may be written: verification then starts from the stored checkpoint and moves it nowhere. */
    public boolean readOnly() {
        return readOnly;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Which datasets used which members' data. */
    public Lineage lineage() {
        return new Lineage(jdbi);
    }

    /**
     * Starts a member import, after verifying the ledger: an import appends on whatever head it finds,
     * so appending onto a truncated tail would reuse the removed sequence numbers and satisfy the
     * import log again, and the removal (say, of an opt-out) could no longer be seen. The check moves
     * the checkpoint, so a run of imports re-hashes each entry once, not every earlier one again.
     */
    public MemberImport beginMemberImport(String source) {
        requireIntact("append to it");
        return guarded(() -> new MemberImport(jdbi.open(), dialect, source, clock));
    }

    /** Starts an event import, after verifying the ledger (see {@link #beginMemberImport}). */
    public EventImport beginEventImport(String source) {
        requireIntact("append to it");
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

    /**
     * Verifies the ledger incrementally: the chain after the last verified checkpoint is re-hashed,
     * and the whole chain is checked against every anchor the database holds. What builds use.
     */
    public VerifyReport verify() {
        return verify(Verification.incremental());
    }

    /**
     * Verifies the ledger incrementally, as {@link #verify()} does, and refuses to go on from one that
     * does not verify: an answer read off a changed or truncated ledger (a deleted opt-out reads as
     * allowed) is a consent leak, so whatever answers from the ledger asks this first.
     *
     * @param purpose what the caller was about to do, for the message ("answer decisions")
     */
    public VerifyReport requireIntact(String purpose) {
        return requireIntact(verify(), purpose);
    }

    private static VerifyReport requireIntact(VerifyReport report, String purpose) {
        requireNonNull(purpose, "purpose is null");
        if (!report.intact()) {
            throw new StoreException("the consent ledger does not verify (" + report.problem() + "); refusing to " + purpose
                    + " on consent data that cannot be trusted");
        }
        return report;
    }

    /**
     * Verifies the ledger as asked; an intact result moves the checkpoint to the verified head
     * (unless the database is read-only). An external anchor of another ledger: {@link AnchorException}.
     */
    /** Verifies without moving the checkpoint. */
    private VerifyReport check(Verification request) {
        requireNonNull(request, "request is null");
        return guarded(() -> dialect == Dialect.POSTGRESQL
                ? jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> new ChainVerification(handle, rows, request).run())
                : jdbi.inTransaction(handle -> new ChainVerification(handle, rows, request).run()));
    }

    public VerifyReport verify(Verification request) {
        VerifyReport report = check(request);
        if (report.intact() && report.head().sequence() > 0 && !readOnly) {
            advanceCheckpoint(report.head());
        }
        return report;
    }

    /** The ledger's stable id, created with its schema. */
    public String ledgerId() {
        return guarded(() -> jdbi.withHandle(ChainVerification::ledgerId))
                .orElseThrow(() -> new StoreException("the ledger's id is missing from the database (ledger_identity was emptied)"));
    }

    /** Where the last verification ended, if one did. */
    public Optional<LedgerHead> checkpoint() {
        return guarded(() -> jdbi.withHandle(ChainVerification::checkpoint));
    }

    /** A statement of the verified head, to publish or keep outside the database; {@code verified} must be intact. */
    public LedgerAnchor anchor(VerifyReport verified) {
        if (!verified.intact()) {
            throw new IllegalArgumentException("an anchor is only taken of a ledger that verified");
        }
        return new LedgerAnchor(ledgerId(), verified.head().sequence(), verified.head().hash(), clock.instant());
    }

    /**
     * Only ever forward. SQLite: an import holding the write lock must not hold a verification (a
     * build) up for its whole length, so a busy database skips the write; the next verification
     * re-hashes a few more entries.
     */
    private void advanceCheckpoint(LedgerHead head) {
        try {
            jdbi.useHandle(handle -> {
                if (dialect == Dialect.SQLITE) {
                    handle.execute("PRAGMA busy_timeout = 1000");
                }
                handle.createUpdate("""
                                INSERT INTO ledger_checkpoint (singleton, seq, hash, verified_at) VALUES (1, :seq, :hash, :at)
                                ON CONFLICT (singleton) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, verified_at = excluded.verified_at
                                WHERE excluded.seq > ledger_checkpoint.seq""")
                        .bind("seq", head.sequence()).bind("hash", head.hash()).bind("at", clock.instant().toString()).execute();
            });
        } catch (JdbiException e) {
            if (dialect == Dialect.SQLITE && e.getCause() instanceof org.sqlite.SQLiteException busy
                    && (busy.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_BUSY || busy.getResultCode().code == 5)) {
                return;
            }
            throw new StoreException("database error: " + JdbcUrls.mask(rootMessage(e)), e);
        }
    }

    @Override
    public void close() {
        // Connections are opened per operation and closed after it; nothing is held between calls.
    }

    static <T> T guarded(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (JdbiException e) {
            throw new StoreException("database error: " + JdbcUrls.mask(rootMessage(e)), e);
        }
    }

    private static String rootMessage(Throwable e) {
        return String.valueOf(rootCause(e).getMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
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
        return Dialect.of(jdbcUrl) == Dialect.SQLITE ? DataSources.sqliteFile(jdbcUrl) : Optional.empty();
    }
}
