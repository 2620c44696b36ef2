package dev.consentry.consent.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/**
 * A member's consent state as of one instant: one pass over their entries, keeping for each
 * aspect the entry that is latest by (instant, sequence) among those at or before the instant.
 * Entries may come in any order; the result does not depend on it.
 */
final class MemberState {
    final Member member;
    final Instant at;
    boolean erased;
    LedgerEntry latestRelocation;
    LedgerEntry latestGpc;
    final Map<String, LedgerEntry> latestSettingByPurpose = new HashMap<>();
    final Map<String, ObjectionState> objections = new HashMap<>();
    final List<NoticeGiven> notices = new ArrayList<>();

    static final class ObjectionState {
        List<String> purposes = List.of();
        LedgerEntry latestDecision;
        boolean withdrawn;

        boolean upheld() {
            return !withdrawn && latestDecision != null && ((ObjectionDecided) latestDecision.event()).upheld();
        }
    }

    private MemberState(Member member, Instant at) {
        this.member = member;
        this.at = at;
    }

    static MemberState fold(MemberHistory history, Instant at) {
        MemberState state = new MemberState(history.member(), at);
        for (LedgerEntry entry : history.entries()) {
            if (!entry.event().at().isAfter(at)) {
                state.apply(entry);
            }
        }
        return state;
    }

    private void apply(LedgerEntry entry) {
        // Java 17 has no pattern matching for switch; the chain covers every permitted event type.
        var event = entry.event();
        if (event instanceof SettingChanged setting) {
            latestSettingByPurpose.merge(setting.purpose(), entry, MemberState::later);
        } else if (event instanceof GpcSignal) {
            latestGpc = later(latestGpc, entry);
        } else if (event instanceof Relocation) {
            latestRelocation = later(latestRelocation, entry);
        } else if (event instanceof Erasure) {
            erased = true;
        } else if (event instanceof NoticeGiven notice) {
            notices.add(notice);
        } else if (event instanceof ObjectionFiled filed) {
            objection(filed.objectionId()).purposes = filed.purposes();
        } else if (event instanceof ObjectionDecided decided) {
            ObjectionState objection = objection(decided.objectionId());
            objection.latestDecision = later(objection.latestDecision, entry);
        } else if (event instanceof ObjectionWithdrawn withdrawn) {
            objection(withdrawn.objectionId()).withdrawn = true;
        } else {
            throw new IllegalStateException("unhandled event type " + event.type());
        }
    }

    private ObjectionState objection(String id) {
        return objections.computeIfAbsent(id, ignored -> new ObjectionState());
    }

    private static LedgerEntry later(LedgerEntry current, LedgerEntry candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    /** The country of residence at the instant: the latest relocation, else the registry's. */
    String country() {
        return latestRelocation != null ? ((Relocation) latestRelocation.event()).country() : member.country();
    }

    boolean isYoungerThan(int years) {
        return isYoungerThan(birthDate(), years, at);
    }

    /** The birth date the decision's age rule uses, null when unknown; a dataset build takes it from here too. */
    LocalDate birthDate() {
        return member.birthDate();
    }

    static boolean isYoungerThan(LocalDate birth, int years, Instant at) {
        return birth != null && LocalDate.ofInstant(at, ZoneOffset.UTC).isBefore(birth.plusYears(years));
    }
}
