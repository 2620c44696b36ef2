package dev.consentry.consent.decision;

import static java.util.Objects.requireNonNull;

import java.util.List;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.LedgerEntry;

/**
 * Everything the ledger knows about one member: their registry entry (null when the registry
 * does not know them) and their ledger entries, objection follow-ups included.
 */
public record MemberHistory(String memberId, Member member, List<LedgerEntry> entries) {
    public MemberHistory {
        requireNonNull(memberId, "memberId is null");
        entries = List.copyOf(entries);
        if (member != null && !member.id().equals(memberId)) {
            throw new IllegalArgumentException("member " + member.id() + " does not match memberId " + memberId);
        }
        for (LedgerEntry entry : entries) {
            if (!entry.member().equals(memberId)) {
                throw new IllegalArgumentException("entry " + entry.sequence() + " belongs to another member");
            }
        }
    }

    public static MemberHistory of(Member member, List<LedgerEntry> entries) {
        return new MemberHistory(member.id(), member, entries);
    }

    public static MemberHistory unknown(String memberId) {
        return new MemberHistory(memberId, null, List.of());
    }
}
