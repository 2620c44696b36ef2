package dev.consentry.consent.decision;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.LedgerEntry;

/**
 * Everything the ledger knows about one member: their registry entry (null when the registry
 * does not know them) and their ledger entries, objection follow-ups included.
 *
 * <p>The registry entry serves lookups (name, handles, region); the facts decisions rest on —
 * country and birth date — come from the entries only (see {@link DecisionFunction}).
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

    /** Whether the ledger holds the member's registration (decisions need it; see {@link DecisionFunction}). */
    public boolean isRegistered() {
        return MemberState.fold(this, Instant.MIN).registered();
    }

    /**
     * The member's birth date as decisions use it: the last one the ledger learned (registration,
     * {@code birth-date-recorded} or {@code birth-date-corrected}, highest sequence), the same for
     * every instant; empty when none is known.
     */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(MemberState.fold(this, Instant.MIN).birthDate);
    }

    /** The member's country of residence at {@code at} (latest relocation, else the registration's); empty when not registered. */
    public Optional<String> countryAt(Instant at) {
        MemberState state = MemberState.fold(this, at);
        return state.registered() ? Optional.of(state.country()) : Optional.empty();
    }

    public static MemberHistory unknown(String memberId) {
        return new MemberHistory(memberId, null, List.of());
    }
}
