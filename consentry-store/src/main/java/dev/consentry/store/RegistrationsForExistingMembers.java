package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.jsonl.EventJson;

/**
 * Schema version 4: decisions take a member's country and birth date from their registration entry
 * in the ledger, no longer from the registry row (issue 8, item 6). A database written before has
 * rows and no registrations, and its members would all be {@code UNKNOWN_MEMBER} (fail closed).
 * This migration records, once and in the migration's own transaction, a registration for every
 * member without one, from the row as it stands: that is all the database knows, and from then on
 * it is covered by the hash chain. The entries name their origin as their source.
 */
final class RegistrationsForExistingMembers implements JavaMigration {
    static final String SOURCE = "registry rows before registrations were ledgered (migration 4)";

    private final Clock clock;

    RegistrationsForExistingMembers(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "registrations for existing members";
    }

    @Override
    public Integer getChecksum() {
        return 4;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = connection.getMetaData().getURL().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:postgresql:");
        if (postgresql) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE ledger IN EXCLUSIVE MODE");
            }
        }
        String unregistered = """
                SELECT m.id, m.country, m.birth_date FROM members m
                WHERE NOT EXISTS (SELECT 1 FROM ledger l WHERE l.member_id = m.id AND l.type = 'registration') ORDER BY m.number""";
        long count;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM (" + unregistered + ") u")) {
            rows.next();
            count = rows.getLong(1);
        }
        if (count == 0) {
            return;
        }
        Instant now = clock.instant();
        long importId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO imports (kind, source, sha256, records, imported_at) VALUES ('members', ?, '', ?, ?) RETURNING id")) {
            insert.setString(1, SOURCE);
            insert.setLong(2, count);
            insert.setString(3, now.toString());
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                importId = key.getLong(1);
            }
        }
        long sequence = 0;
        String hash = LedgerHash.GENESIS;
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")) {
            if (head.next()) {
                sequence = head.getLong(1);
                hash = head.getString(2);
            }
        }
        long first = sequence + 1;
        Provenance provenance = new Provenance(null, SOURCE);
        try (Statement statement = connection.createStatement();
                ResultSet members = statement.executeQuery(unregistered);
                PreparedStatement append = connection.prepareStatement("""
                        INSERT INTO ledger (seq, type, member_id, objection_id, at, payload, prev_hash, hash, import_id)
                        VALUES (?, 'registration', ?, NULL, ?, ?, ?, ?, ?)""")) {
            int batched = 0;
            while (members.next()) {
                String birth = members.getString(3);
                Registration registration = new Registration(members.getString(1), members.getString(2),
                        birth == null ? null : LocalDate.parse(birth), now, provenance);
                String payload = EventJson.canonical(registration);
                long seq = ++sequence;
                String previous = hash;
                hash = LedgerHash.of(previous, seq, payload);
                append.setLong(1, seq);
                append.setString(2, registration.memberId());
                append.setString(3, now.toString());
                append.setString(4, payload);
                append.setString(5, previous);
                append.setString(6, hash);
                append.setLong(7, importId);
                append.addBatch();
                if (++batched == BatchedInsert.SIZE) {
                    append.executeBatch();
                    batched = 0;
                }
            }
            append.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE imports SET first_seq = ?, last_seq = ? WHERE id = ?")) {
            update.setLong(1, first);
            update.setLong(2, sequence);
            update.setLong(3, importId);
            update.executeUpdate();
        }
    }
}
