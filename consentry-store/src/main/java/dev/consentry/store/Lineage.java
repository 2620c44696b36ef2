package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Which datasets used which members' data. Written once per published dataset, in the same
 * transaction that publishes it; read by {@code lineage member}, {@code impact} and
 * {@code datasets list}.
 */
public final class Lineage {
    private static final String COLUMNS = "id, name, path, purpose, as_of, policy_version, policy_sha256, ledger_seq, ledger_head, records, "
            + "members, previous_id, manifest_sha256, member_bitmap, created_at";

    /**
     * How many records of one dataset came from one member; {@code replacedBy} is the id of the
     * dataset later published at its path in its place, or null while it is the one there.
     */
    public record MemberUse(DatasetEntry dataset, long records, String replacedBy) {}

    /** A dataset and, when another has since been published at its path, that dataset's id. */
    public record Listed(DatasetEntry dataset, String replacedBy) {}

    private final Jdbi jdbi;

    Lineage(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /**
     * Records a dataset and its per-member counts, then runs {@code publish} (which makes the
     * dataset visible, e.g. renames its folder) before committing: if publishing fails, nothing is
     * recorded; if recording fails, publishing is not attempted. A dataset recorded before at the
     * same path is marked as replaced by this one — never deleted: its data was used, and its
     * lineage stays.
     */
    public void record(DatasetEntry dataset, Map<Long, Long> recordsByMember, Runnable publish) {
        guarded(() -> jdbi.useTransaction(handle -> {
            handle.createUpdate("UPDATE datasets SET replaced_by = :id WHERE path = :path AND replaced_by IS NULL")
                    .bind("id", dataset.id()).bind("path", dataset.path()).execute();
            handle.createUpdate("INSERT INTO datasets (" + COLUMNS + ") VALUES (:id, :name, :path, :purpose, :asOf, :policyVersion, "
                            + ":policySha, :ledgerSeq, :ledgerHead, :records, :members, :previous, :manifestSha, :bitmap, :createdAt)")
                    .bind("id", dataset.id()).bind("name", dataset.name()).bind("path", dataset.path()).bind("purpose", dataset.purpose())
                    .bind("asOf", dataset.asOf().toString()).bind("policyVersion", dataset.policyVersion()).bind("policySha", dataset.policySha256())
                    .bind("ledgerSeq", dataset.ledgerSequence()).bind("ledgerHead", dataset.ledgerHead()).bind("records", dataset.records())
                    .bind("members", dataset.members()).bind("previous", dataset.previousId()).bind("manifestSha", dataset.manifestSha256())
                    .bind("bitmap", dataset.memberBitmap()).bind("createdAt", dataset.createdAt().toString())
                    .execute();
            BatchedInsert uses = new BatchedInsert(handle, "INSERT INTO dataset_members (dataset_id, member_number, records) VALUES (:id, :member, :records)");
            for (Map.Entry<Long, Long> use : recordsByMember.entrySet()) {
                uses.add(row -> row.bind("id", dataset.id()).bind("member", use.getKey()).bind("records", use.getValue()));
            }
            uses.flush();
            publish.run();
        }));
    }

    /** The datasets published now: one per path, oldest first; those replaced since are in {@link #history()}. */
    public List<DatasetEntry> list() {
        return guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM datasets WHERE replaced_by IS NULL ORDER BY created_at, id")
                .map((row, ctx) -> entry(row)).list()));
    }

    /** Every dataset ever published from this database, replaced ones included, oldest first. */
    public List<Listed> history() {
        return guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + ", replaced_by FROM datasets ORDER BY created_at, id")
                .map((row, ctx) -> new Listed(entry(row), row.getString("replaced_by"))).list()));
    }

    public Optional<DatasetEntry> byId(String id) {
        return guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM datasets WHERE id = :id")
                .bind("id", id).map((row, ctx) -> entry(row)).findOne()));
    }

    /** Every dataset that used the member's data, oldest first and replaced ones included, with how many of their records. */
    public List<MemberUse> usesOf(long memberNumber) {
        return guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT d.id AS d_id, u.records AS u_records, d.replaced_by AS d_replaced "
                        + "FROM dataset_members u JOIN datasets d ON d.id = u.dataset_id WHERE u.member_number = :member ORDER BY d.created_at, d.id")
                .bind("member", memberNumber)
                .map((row, ctx) -> new String[] {row.getString("d_id"), Long.toString(row.getLong("u_records")), row.getString("d_replaced")}).list()))
                .stream().map(use -> new MemberUse(byId(use[0]).orElseThrow(), Long.parseLong(use[1]), use[2])).toList();
    }

    /** Records per member number in one dataset. */
    public Map<Long, Long> recordsByMember(String datasetId) {
        return guarded(() -> jdbi.withHandle(handle -> {
            Map<Long, Long> counts = new HashMap<>();
            handle.createQuery("SELECT member_number, records FROM dataset_members WHERE dataset_id = :id").bind("id", datasetId)
                    .map((row, ctx) -> Map.entry(row.getLong(1), row.getLong(2))).forEach(use -> counts.put(use.getKey(), use.getValue()));
            return counts;
        }));
    }

    public OptionalLong memberNumber(String memberId) {
        return guarded(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT number FROM members WHERE id = :id").bind("id", memberId)
                .mapTo(Long.class).findOne().map(OptionalLong::of).orElse(OptionalLong.empty())));
    }

    /** Member ids by number; numbers the registry does not have are absent from the result. */
    public Map<Long, String> memberIds(Collection<Long> numbers) {
        List<Long> all = new ArrayList<>(numbers);
        Map<Long, String> ids = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            guarded(() -> jdbi.withHandle(handle -> {
                handle.createQuery("SELECT number, id FROM members WHERE number IN (<numbers>)").bindList("numbers", chunk)
                        .map((row, ctx) -> Map.entry(row.getLong(1), row.getString(2))).forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
                return null;
            }));
        }
        return ids;
    }

    private static DatasetEntry entry(ResultSet row) throws SQLException {
        return new DatasetEntry(row.getString("id"), row.getString("name"), row.getString("path"), row.getString("purpose"),
                Instant.parse(row.getString("as_of")), row.getString("policy_version"), row.getString("policy_sha256"), row.getLong("ledger_seq"),
                row.getString("ledger_head"), row.getLong("records"), row.getLong("members"), row.getString("previous_id"),
                row.getString("manifest_sha256"), row.getBytes("member_bitmap"), Instant.parse(row.getString("created_at")));
    }

    private static <T> T guarded(Supplier<T> operation) {
        return ConsentStore.guarded(operation);
    }

    private static void guarded(Runnable operation) {
        ConsentStore.guarded(() -> {
            operation.run();
            return null;
        });
    }
}
