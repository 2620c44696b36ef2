package dev.consentry.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.jsonl.EventJson;

/**
 * Checks stored ledger rows one by one, in sequence order, against the hash chain and against
 * their own payload. Stops at the first row that fails: every later hash depends on it.
 *
 * <p>It may start after a trusted entry (a checkpoint) rather than at the genesis: a follow-up to
 * an objection filed before that entry then learns the objection's owner from {@code earlierOwner}.
 */
final class LedgerVerifier {
    record Row(long seq, String type, String member, String objection, String at, String payload, String previousHash, String hash) {}

    private final LedgerRows rows;
    private final Function<String, String> earlierOwner;
    private final Map<String, String> objectionOwners = new HashMap<>();
    private long checked;
    private long lastSequence;
    private String lastHash;
    private long badSequence;
    private String problem;

    /** Verifies from the first entry. */
    LedgerVerifier(LedgerRows rows) {
        this(rows, new LedgerHead(0, LedgerHash.GENESIS), objection -> null);
    }

    /** Verifies the entries after {@code start}, whose hash is taken as given. */
    LedgerVerifier(LedgerRows rows, LedgerHead start, Function<String, String> earlierOwner) {
        this.rows = rows;
        this.earlierOwner = earlierOwner;
        this.lastSequence = start.sequence();
        this.lastHash = start.hash();
    }

    /** Returns false once a row fails. */
    boolean check(Row row) {
        checked++;
        problem = problemWith(row);
        if (problem != null) {
            badSequence = row.seq();
            return false;
        }
        lastSequence = row.seq();
        lastHash = row.hash();
        return true;
    }

    private String problemWith(Row row) {
        if (row.seq() != lastSequence + 1) {
            return "entry " + (lastSequence + 1) + " is missing: the sequence jumps from " + lastSequence + " to " + row.seq();
        }
        if (!lastHash.equals(row.previousHash())) {
            return "entry " + row.seq() + " does not chain to entry " + lastSequence + " (its previous hash differs)";
        }
        if (!LedgerHash.of(row.previousHash(), row.seq(), row.payload()).equals(row.hash())) {
            return "entry " + row.seq() + ": its hash does not match its contents (changed after it was written)";
        }
        ConsentEvent event;
        try {
            event = rows.event(row.seq(), row.payload());
        } catch (StoreException e) {
            return e.getMessage();
        }
        if (!EventJson.canonical(event).equals(row.payload())) {
            return "entry " + row.seq() + ": its payload is not in canonical form";
        }
        String expectedMember = event.member().orElseGet(() -> owner(event.objection().orElse("")));
        if (!event.type().wireName().equals(row.type()) || !event.at().toString().equals(row.at())
                || !row.member().equals(expectedMember) || !event.objection().equals(Optional.ofNullable(row.objection()))) {
            return "entry " + row.seq() + ": its type, member, objection or instant columns differ from its hashed payload";
        }
        if (event instanceof ObjectionFiled filed) {
            objectionOwners.put(filed.objectionId(), filed.memberId());
        }
        return null;
    }

    private String owner(String objection) {
        String owner = objectionOwners.get(objection);
        return owner != null ? owner : earlierOwner.apply(objection);
    }

    long checked() {
        return checked;
    }

    /** The last entry that verified (the start when none did). */
    LedgerHead verifiedHead() {
        return new LedgerHead(lastSequence, lastHash);
    }

    long badSequence() {
        return badSequence;
    }

    /** What the first bad entry got wrong, or null. */
    String problem() {
        return problem;
    }
}
