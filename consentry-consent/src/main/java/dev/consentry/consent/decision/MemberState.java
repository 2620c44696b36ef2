package dev.consentry.consent.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/**
 * A member's consent state as of one instant: one pass over their entries, keeping for each
 * aspect the entry that is latest by (instant, sequence) among those at or before the instant.
 * Entries may come in any order; the result does not depend on it.
 *
 * <p>Registry facts are the exception to "at or before the instant": the registration (base country
 * and birth date) and birth-date entries hold for every instant, as facts about the person, not
 * about a moment. Of those, the registration with the lowest sequence gives the base country and
 * the birth-date fact with the highest sequence (the last the ledger learned) the birth date.
 */
final class MemberState {
    final Instant at;
    Registration registration;
    long registrationSequence;
    LocalDate birthDate;
    long birthDateSequence;
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

    private MemberState(Instant at) {
        this.at = at;
    }

    static MemberState fold(MemberHistory history, Instant at) {
        MemberState state = new MemberState(at);
        for (LedgerEntry entry : history.entries()) {
            if (!state.applyFact(entry) && !entry.event().at().isAfter(at)) {
                state.apply(entry);
            }
        }
        return state;
    }

    /** Applies a registry fact, whatever its instant; false for every other entry. */
    private boolean applyFact(LedgerEntry entry) {
        var event = entry.event();
        if (event instanceof Registration registered) {
            if (registration == null || entry.sequence() < registrationSequence) {
                registration = registered;
                registrationSequence = entry.sequence();
            }
            if (registered.birthDate() != null) {
                learnBirthDate(registered.birthDate(), entry.sequence());
            }
            return true;
        } else if (event instanceof BirthDateRecorded recorded) {
            learnBirthDate(recorded.birthDate(), entry.sequence());
            return true;
        } else if (event instanceof BirthDateCorrected corrected) {
            learnBirthDate(corrected.birthDate(), entry.sequence());
            return true;
        }
        return false;
    }

    private void learnBirthDate(LocalDate date, long sequence) {
        if (birthDate == null || sequence > birthDateSequence) {
            birthDate = date;
            birthDateSequence = sequence;
        }
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

    boolean registered() {
        return registration != null;
    }

    /** The country of residence at the instant: the latest relocation, else the registration's. */
    String country() {
        return latestRelocation != null ? ((Relocation) latestRelocation.event()).country() : registration.country();
    }

    boolean isYoungerThan(int years) {
        return isYoungerThan(birthDate, years, at);
    }

    static boolean isYoungerThan(LocalDate birth, int years, Instant at) {
        return birth != null && LocalDate.ofInstant(at, ZoneOffset.UTC).isBefore(birth.plusYears(years));
    }
}
