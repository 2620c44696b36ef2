package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

import dev.consentry.consent.event.LedgerHash;

/**
 * One verification of the ledger, read in one transaction (one consistent view of the database).
 *
 * <p>Chain: the entries after the start are re-hashed one by one ({@link LedgerVerifier}). The start
 * is the genesis for a full verification, else the checkpoint the last verification left, once
 * the checkpoint agrees with the chain (the chain still holds its hash at its entry) and the
 * entries are numbered 1 to the head with no gap or extra. A checkpoint or a numbering that
 * disagrees is reported and the chain re-hashed from the genesis. Entries before the checkpoint
 * are spot-checked at random.
 *
 * <p>Anchors: every statement the database holds of what the chain was — the checkpoint, each
 * import's last entry (the import log), each published dataset's ledger entry and head hash — and
 * every external anchor given must agree with the chain as it is. A tail deleted behind the
 * program's back leaves the ledger shorter than an anchor; a chain recomputed from an entry leaves
 * it with other hashes than an anchor taken later.
 */
final class ChainVerification {
    private static final int FETCH = 2000;
    private static final int LISTED = 5;
    private static final String COLUMNS = "seq, type, member_id, objection_id, at, payload, prev_hash, hash";

    private final Handle handle;
    private final LedgerRows rows;
    private final Verification request;
    private final RandomGenerator random;
    private final List<String> problems = new ArrayList<>();
    private long firstBad;
    private int anchors;

    ChainVerification(Handle handle, LedgerRows rows, Verification request) {
        this(handle, rows, request, new SecureRandom());
    }

    ChainVerification(Handle handle, LedgerRows rows, Verification request, RandomGenerator random) {
        this.handle = requireNonNull(handle, "handle is null");
        this.rows = requireNonNull(rows, "rows is null");
        this.request = requireNonNull(request, "request is null");
        this.random = requireNonNull(random, "random is null");
    }

    static Optional<String> ledgerId(Handle handle) {
        return handle.createQuery("SELECT id FROM ledger_identity").mapTo(String.class).findOne();
    }

    static Optional<LedgerHead> checkpoint(Handle handle) {
        return handle.createQuery("SELECT seq, hash FROM ledger_checkpoint")
                .map((row, ctx) -> new LedgerHead(row.getLong("seq"), row.getString("hash"))).findOne();
    }

    VerifyReport run() {
        Optional<String> ledgerId = ledgerId(handle);
        checkLedgerIds(ledgerId);
        LedgerHead stored = ConsentStore.head(handle);
        boolean contiguous = checkNumbering(stored);
        LedgerHead start = new LedgerHead(0, LedgerHash.GENESIS);
        Optional<LedgerHead> checkpoint = checkpoint(handle);
        if (checkpoint.isPresent()) {
            anchors++;
            boolean agrees = checkCheckpoint(checkpoint.get(), stored);
            if (agrees && contiguous && !request.full()) {
                start = checkpoint.get();
            }
        }
        if (start.sequence() > 0 && request.prefixSample() > 0) {
            spotCheck(start.sequence());
        }
        LedgerVerifier verifier = rehash(start);
        if (verifier.problem() != null) {
            problems.add(0, verifier.problem());
            bad(verifier.badSequence());
        }
        checkImports(stored);
        checkDatasets(stored);
        checkExternal(stored);
        if (ledgerId.isEmpty()) {
            problems.add("the ledger's id is missing from the database (ledger_identity was emptied)");
        }
        return new VerifyReport(verifier.checked(), start.sequence(), verifier.verifiedHead(), anchors, firstBad, problems);
    }

    /** An anchor of another ledger is the caller's mistake (or a database replaced wholesale): refused before any work. */
    private void checkLedgerIds(Optional<String> ledgerId) {
        List<String> foreign = new ArrayList<>();
        for (Verification.ExternalAnchor external : request.anchors()) {
            if (ledgerId.isPresent() && !ledgerId.get().equals(external.anchor().ledgerId())) {
                foreign.add(external.source() + ": ledgerId: the anchor is of ledger " + external.anchor().ledgerId()
                        + ", but this database holds ledger " + ledgerId.get() + " (another database's anchor, or this database was replaced)");
            }
        }
        if (!foreign.isEmpty()) {
            throw new AnchorException(foreign);
        }
    }

    private boolean checkCheckpoint(LedgerHead checkpoint, LedgerHead stored) {
        long seq = checkpoint.sequence();
        if (seq > stored.sequence()) {
            problem(stored.sequence() + 1, "the last verification ended at entry " + seq + ", but the ledger now ends at entry " + stored.sequence()
                    + ": entries " + (stored.sequence() + 1) + "-" + seq + " were removed");
            return false;
        }
        String hash = seq == 0 ? LedgerHash.GENESIS : handle.createQuery("SELECT hash FROM ledger WHERE seq = :seq").bind("seq", seq)
                .mapTo(String.class).findOne().orElse(null);
        if (!checkpoint.hash().equals(hash)) {
            problem(seq, "entry " + seq + " has another hash than when the ledger last verified (checkpoint " + abbreviate(checkpoint.hash())
                    + ", now " + (hash == null ? "no entry" : abbreviate(hash)) + "): the chain was changed up to entry " + seq
                    + ", or the checkpoint was");
            return false;
        }
        return true;
    }

    /**
     * The entries are numbered 1 to the head without a gap or an extra: a row removed or inserted
     * anywhere, before the checkpoint or before the first entry (a sequence of 0 or less, which no
     * re-hashing pass would reach), changes the count. Counting the whole table lets SQLite count
     * a small index rather than scan the table (0.07 s for 2 M entries, against 0.7 s for a range).
     */
    private boolean checkNumbering(LedgerHead stored) {
        long rows = handle.createQuery("SELECT COUNT(*) FROM ledger").mapTo(Long.class).one();
        long first = handle.createQuery("SELECT MIN(seq) FROM ledger").mapTo(Long.class).findOne().orElse(0L);
        if (rows != stored.sequence() || rows > 0 && first != 1) {
            problem(first < 1 ? Math.max(first, 1) : 1, "the ledger holds " + rows + " entries numbered " + first + " to " + stored.sequence()
                    + ": entries were removed or inserted behind the program's back");
            return false;
        }
        return true;
    }

    /** Re-hashes random entries before the checkpoint, each against its predecessor; unpredictable, so no edit can avoid it on purpose. */
    private void spotCheck(long checkpoint) {
        TreeSet<Long> picked = new TreeSet<>();
        int wanted = (int) Math.min(request.prefixSample(), checkpoint);
        while (picked.size() < wanted) {
            picked.add(wanted == checkpoint ? picked.size() + 1L : 1 + random.nextLong(checkpoint));
        }
        for (long seq : picked) {
            List<LedgerVerifier.Row> pair = handle.createQuery("SELECT " + COLUMNS + " FROM ledger WHERE seq BETWEEN :from AND :to ORDER BY seq")
                    .bind("from", seq - 1).bind("to", seq).map((row, ctx) -> row(row)).list();
            LedgerHead before = seq == 1 ? new LedgerHead(0, LedgerHash.GENESIS)
                    : new LedgerHead(seq - 1, pair.isEmpty() ? "" : pair.get(0).hash());
            LedgerVerifier verifier = new LedgerVerifier(rows, before, objection -> ownerBefore(objection, seq));
            LedgerVerifier.Row checked = pair.isEmpty() ? null : pair.get(pair.size() - 1);
            if (checked == null || checked.seq() != seq) {
                problem(seq, "entry " + seq + " is missing (found by a random check of the entries before the last verification)");
                return;
            }
            if (!verifier.check(checked)) {
                problem(seq, verifier.problem() + " (found by a random check of the entries before the last verification)");
                return;
            }
        }
    }

    private LedgerVerifier rehash(LedgerHead start) {
        LedgerVerifier verifier = new LedgerVerifier(rows, start, objection -> ownerBefore(objection, start.sequence() + 1));
        try (Stream<LedgerVerifier.Row> stored = handle.createQuery("SELECT " + COLUMNS + " FROM ledger WHERE seq > :start ORDER BY seq")
                .bind("start", start.sequence()).setFetchSize(FETCH).map((row, ctx) -> row(row)).stream()) {
            for (Iterator<LedgerVerifier.Row> it = stored.iterator(); it.hasNext(); ) {
                if (!verifier.check(it.next())) {
                    break;
                }
            }
        }
        return verifier;
    }

    /** Who filed an objection in an entry before {@code sequence}: read from that entry's columns, which were verified with it. */
    private String ownerBefore(String objection, long sequence) {
        return handle.createQuery("SELECT member_id FROM ledger WHERE objection_id = :id AND type = 'objection-filed' AND seq < :seq")
                .bind("id", objection).bind("seq", sequence).mapTo(String.class).findOne().orElse(null);
    }

    private void checkImports(LedgerHead stored) {
        anchors += handle.createQuery("SELECT COUNT(*) FROM imports WHERE last_seq IS NOT NULL").mapTo(Long.class).one().intValue();
        List<String> lost = handle.createQuery("SELECT id, source, imported_at, first_seq, last_seq FROM imports WHERE last_seq > :head ORDER BY id")
                .bind("head", stored.sequence())
                .map((row, ctx) -> "the import log says import " + row.getLong("id") + " (" + row.getString("source") + ", " + row.getString("imported_at")
                        + ") appended entries " + row.getLong("first_seq") + "-" + row.getLong("last_seq") + ", but the ledger ends at entry "
                        + stored.sequence() + ": entries were removed")
                .list();
        listed(lost, stored.sequence() + 1);
    }

    private void checkDatasets(LedgerHead stored) {
        List<String> disagree = new ArrayList<>();
        handle.createQuery("SELECT d.id, d.ledger_seq, d.ledger_head, l.hash FROM datasets d LEFT JOIN ledger l ON l.seq = d.ledger_seq "
                        + "ORDER BY d.ledger_seq, d.id")
                .map((row, ctx) -> new DatasetAnchor(row.getString(1), row.getLong(2), row.getString(3), row.getString(4)))
                .forEach(dataset -> {
                    anchors++;
                    String hash = dataset.sequence() == 0 ? LedgerHash.GENESIS : dataset.hashNow();
                    if (hash == null) {
                        disagree.add("dataset " + dataset.id() + " was built on ledger entry " + dataset.sequence() + ", but the ledger ends at entry "
                                + stored.sequence() + ": entries were removed");
                        bad(stored.sequence() + 1);
                    } else if (!hash.equals(dataset.hashThen())) {
                        disagree.add("dataset " + dataset.id() + " was built on ledger entry " + dataset.sequence() + " with head " + abbreviate(dataset.hashThen())
                                + ", but that entry's hash is now " + abbreviate(hash) + ": the chain was rewritten up to entry " + dataset.sequence());
                        bad(dataset.sequence());
                    }
                });
        listed(disagree, 0);
    }

    private record DatasetAnchor(String id, long sequence, String hashThen, String hashNow) {}

    private void checkExternal(LedgerHead stored) {
        for (Verification.ExternalAnchor external : request.anchors()) {
            anchors++;
            LedgerAnchor anchor = external.anchor();
            long seq = anchor.sequence();
            if (seq > stored.sequence()) {
                problem(stored.sequence() + 1, external.source() + ": the anchor of " + anchor.at() + " names entry " + seq + ", but the ledger ends at entry "
                        + stored.sequence() + ": entries were removed");
                continue;
            }
            String hash = seq == 0 ? LedgerHash.GENESIS : handle.createQuery("SELECT hash FROM ledger WHERE seq = :seq").bind("seq", seq)
                    .mapTo(String.class).findOne().orElse(null);
            if (hash == null) {
                problem(seq, external.source() + ": the anchor names entry " + seq + ", which the ledger no longer holds");
            } else if (!hash.equals(anchor.headHash())) {
                problem(seq, external.source() + ": entry " + seq + " has hash " + abbreviate(hash) + ", the anchor of " + anchor.at() + " says "
                        + abbreviate(anchor.headHash()) + ": the chain was rewritten up to entry " + seq);
            }
        }
    }

    private void listed(List<String> found, long badSequence) {
        found.stream().limit(LISTED).forEach(problems::add);
        if (found.size() > LISTED) {
            problems.add("… and " + (found.size() - LISTED) + " more");
        }
        if (!found.isEmpty() && badSequence > 0) {
            bad(badSequence);
        }
    }

    private void problem(long sequence, String text) {
        problems.add(text);
        bad(sequence);
    }

    private void bad(long sequence) {
        if (firstBad == 0 || sequence < firstBad) {
            firstBad = sequence;
        }
    }

    private static String abbreviate(String hash) {
        return hash.length() > 16 ? hash.substring(0, 16) + "…" : hash;
    }

    private static LedgerVerifier.Row row(java.sql.ResultSet row) throws java.sql.SQLException {
        return new LedgerVerifier.Row(row.getLong("seq"), row.getString("type"), row.getString("member_id"), row.getString("objection_id"),
                row.getString("at"), row.getString("payload"), row.getString("prev_hash"), row.getString("hash"));
    }
}
