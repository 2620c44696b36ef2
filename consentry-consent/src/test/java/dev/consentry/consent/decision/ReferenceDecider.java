package dev.consentry.consent.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.consentry.consent.Member;
import dev.consentry.consent.ReasonCode;
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
import dev.consentry.consent.policy.Control;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyVersion;
import dev.consentry.consent.policy.PurposeRule;

/**
 * The decision rules transcribed from the specification as directly as possible, with no state,
 * no folding and no cleverness: the slow, obviously-correct model the real implementations are
 * compared with.
 */
final class ReferenceDecider {
    private static final Comparator<LedgerEntry> LEDGER_ORDER =
            Comparator.comparing((LedgerEntry entry) -> entry.event().at()).thenComparingLong(LedgerEntry::sequence);

    private ReferenceDecider() {}

    static ReasonCode decide(Policy policy, Member member, List<LedgerEntry> entries, String purpose, Instant t) {
        Optional<PolicyVersion> version = policy.versions().stream().filter(v -> !v.effectiveFrom().isAfter(t)).reduce((a, b) -> b);
        if (version.isEmpty() || !version.get().purposes().containsKey(purpose)) {
            return ReasonCode.NOT_IN_POLICY;
        }
        PurposeRule rule = version.get().purposes().get(purpose);
        // The registry row only says that the member is registered; their facts come from the ledger.
        List<LedgerEntry> byLedgerOrder = entries.stream().sorted(Comparator.comparingLong(LedgerEntry::sequence)).toList();
        Optional<Registration> registration = byLedgerOrder.stream().filter(e -> e.event() instanceof Registration)
                .map(e -> (Registration) e.event()).findFirst();
        if (member == null || registration.isEmpty()) {
            return ReasonCode.UNKNOWN_MEMBER;
        }
        LocalDate birthDate = null; // the last birth date the ledger learned, whatever its instant
        for (LedgerEntry e : byLedgerOrder) {
            if (e.event() instanceof Registration r && r.birthDate() != null) {
                birthDate = r.birthDate();
            } else if (e.event() instanceof BirthDateRecorded r) {
                birthDate = r.birthDate();
            } else if (e.event() instanceof BirthDateCorrected c) {
                birthDate = c.birthDate();
            }
        }
        List<LedgerEntry> visible = entries.stream().filter(e -> !e.event().at().isAfter(t)).sorted(LEDGER_ORDER).toList();
        if (visible.stream().anyMatch(e -> e.event() instanceof Erasure)) {
            return ReasonCode.ERASED;
        }
        String country = registration.get().country();
        for (LedgerEntry e : visible) {
            if (e.event() instanceof Relocation r) {
                country = r.country();
            }
        }
        if (rule.excludedCountries().contains(country)) {
            return ReasonCode.JURISDICTION_EXCLUDED;
        }
        if (rule.minimumAge() > 0 && birthDate != null
                && LocalDate.ofInstant(t, ZoneOffset.UTC).isBefore(birthDate.plusYears(rule.minimumAge()))) {
            return ReasonCode.MINOR;
        }
        ReasonCode control = null;
        for (LedgerEntry e : visible) {
            if (e.event() instanceof SettingChanged s && s.purpose().equals(purpose) && rule.controls().contains(Control.SETTING)) {
                control = s.enabled() ? ReasonCode.ALLOWED_BY_SETTING : ReasonCode.OPTED_OUT;
            } else if (e.event() instanceof GpcSignal && rule.controls().contains(Control.GPC)) {
                control = ReasonCode.GPC_OPT_OUT;
            }
        }
        if (control != null) {
            return control;
        }
        if (rule.controls().contains(Control.OBJECTION)) {
            for (LedgerEntry e : visible) {
                if (e.event() instanceof ObjectionFiled filed && filed.purposes().contains(purpose) && upheldAndNotWithdrawn(visible, filed.objectionId())) {
                    return ReasonCode.OBJECTION_UPHELD;
                }
            }
        }
        if (!rule.defaultOn()) {
            return ReasonCode.DEFAULT_OFF;
        }
        if (rule.notice() != null) {
            int minimum = policy.version(rule.notice().minimumVersion()).orElseThrow().ordinal();
            boolean noticed = visible.stream().anyMatch(e -> e.event() instanceof NoticeGiven n
                    && policy.version(n.policyVersion()).map(v -> v.ordinal() >= minimum).orElse(false)
                    && !n.at().plus(rule.notice().minimumAge()).isAfter(t));
            if (!noticed) {
                return ReasonCode.NOTICE_PENDING;
            }
        }
        return ReasonCode.ALLOWED_BY_DEFAULT;
    }

    private static boolean upheldAndNotWithdrawn(List<LedgerEntry> visible, String objection) {
        Boolean upheld = null;
        for (LedgerEntry e : visible) {
            if (e.event() instanceof ObjectionDecided d && d.objectionId().equals(objection)) {
                upheld = d.upheld();
            }
            if (e.event() instanceof ObjectionWithdrawn w && w.objectionId().equals(objection)) {
                return false;
            }
        }
        return Boolean.TRUE.equals(upheld);
    }
}
