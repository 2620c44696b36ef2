package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.jdbi.v3.core.Handle;

import dev.consentry.consent.Member;

/**
 * An all-or-nothing member import: rows go into one transaction as they are added, and only
 * {@link #commit} makes them visible; closing without committing rolls everything back.
 */
public final class MemberImport implements AutoCloseable {
    private static final String UPSERT = """
            INSERT INTO members (id, country, region, birth_date, name, handles, updated_at)
            VALUES (:id, :country, :region, :birth, :name, :handles, :updated)
            ON CONFLICT (id) DO UPDATE SET country = excluded.country, region = excluded.region,
                birth_date = excluded.birth_date, name = excluded.name, handles = excluded.handles,
                updated_at = excluded.updated_at""";

    private final Handle handle;
    private final String source;
    private final String now;
    private final BatchedInsert rows;
    private long records;
    private boolean committed;

    MemberImport(Handle handle, String source, Clock clock) {
        this.handle = requireNonNull(handle, "handle is null");
        this.source = requireNonNull(source, "source is null");
        this.now = clock.instant().toString();
        handle.begin();
        this.rows = new BatchedInsert(handle, UPSERT);
    }

    public void add(Member member) {
        rows.add(row -> row.bind("id", member.id()).bind("country", member.country()).bind("region", member.region())
                .bind("birth", member.birthDate() == null ? null : member.birthDate().toString())
                .bind("name", member.name()).bind("handles", MemberRows.handlesJson(member.handles()))
                .bind("updated", now));
        records++;
    }

    /** Writes what was added, durably, and returns how much. */
    public ImportResult commit(String sha256) {
        rows.flush();
        handle.createUpdate("INSERT INTO imports (kind, source, sha256, records, imported_at) VALUES ('members', :source, :sha, :records, :at)")
                .bind("source", source).bind("sha", sha256).bind("records", records).bind("at", now).execute();
        handle.commit();
        committed = true;
        return new ImportResult(records, 0, 0);
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
