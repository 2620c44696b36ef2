package dev.consentry.consent.decision;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

import dev.consentry.consent.Decision;
import dev.consentry.consent.ReasonCode;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.SettingChanged;
import dev.consentry.consent.policy.Control;
import dev.consentry.consent.policy.NoticeRule;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyVersion;
import dev.consentry.consent.policy.PurposeRule;

/**
 * {@code decide(member, purpose, instant) -> Decision(allowed, reason)}: the one function every
 * other part of Consentry calls, directly or through a {@link ConsentSnapshot}.
 *
 * <p>Precedence — the first rule that applies wins:
 * <ol>
 *   <li>{@code NOT_IN_POLICY}: no version in force at the instant, or the purpose is not in it;
 *   <li>{@code UNKNOWN_MEMBER}: the registry does not know the member, or the ledger holds no
 *       registration for them;
 *   <li>{@code ERASED}: an erasure at or before the instant;
 *   <li>{@code JURISDICTION_EXCLUDED}: the country at the instant (latest relocation, else the
 *       registration's) is excluded for the purpose in the version in force;
 *   <li>{@code MINOR}: younger than the purpose's minimum age, birth date known (the last one the
 *       ledger learned, from the registration or a birth-date entry, whatever their instants);
 *   <li>the latest setting for the purpose or (for purposes that honour GPC) GPC signal:
 *       off → {@code OPTED_OUT}, GPC → {@code GPC_OPT_OUT}, on → {@code ALLOWED_BY_SETTING};
 *   <li>{@code OBJECTION_UPHELD}: an objection covering the purpose, decided upheld and not withdrawn;
 *   <li>default off → {@code DEFAULT_OFF}; default on without a qualifying notice old enough →
 *       {@code NOTICE_PENDING}; else {@code ALLOWED_BY_DEFAULT}.
 * </ol>
 * Only rules 6 and 8 can allow, and only on positive evidence: a setting switched on, or a
 * default whose notice is proven. Missing data never allows.
 *
 * <p>The facts rules 4 and 5 rest on come from the ledger only, never from the registry's row: a
 * registry row changed behind the program's back, or by a later import, cannot change a decision
 * (issue 8, item 6). The row only says that the member is registered, and a member is decided
 * only when the row and the ledger's registration agree on that.
 *
 * <p>Rule 6 looks only at the purpose's own controls: a purpose without {@code setting} ignores
 * settings recorded for it, and GPC counts only where the purpose lists {@code gpc}.
 */
public final class DecisionFunction {
    private final Policy policy;

    public DecisionFunction(Policy policy) {
        this.policy = requireNonNull(policy, "policy is null");
    }

    public Policy policy() {
        return policy;
    }

    public Decision decide(MemberHistory history, String purpose, Instant at) {
        requireNonNull(history, "history is null");
        requireNonNull(purpose, "purpose is null");
        requireNonNull(at, "at is null");
        Optional<PolicyVersion> version = policy.versionAt(at);
        if (version.isEmpty() || version.get().purpose(purpose).isEmpty()) {
            return Decision.of(ReasonCode.NOT_IN_POLICY, version.map(PolicyVersion::name).orElse(null));
        }
        if (history.member() == null) {
            return Decision.of(ReasonCode.UNKNOWN_MEMBER, version.get().name());
        }
        return Decision.of(reason(MemberState.fold(history, at), version.get().purpose(purpose).get()), version.get().name());
    }

    /** Rules 2 (the ledger's half) to 8 for a member in the registry whose state is folded at the decision instant. */
    ReasonCode reason(MemberState state, PurposeRule rule) {
        if (!state.registered()) {
            return ReasonCode.UNKNOWN_MEMBER;
        }
        if (state.erased) {
            return ReasonCode.ERASED;
        }
        if (rule.excludedCountries().contains(state.country())) {
            return ReasonCode.JURISDICTION_EXCLUDED;
        }
        if (rule.minimumAge() > 0 && state.isYoungerThan(rule.minimumAge())) {
            return ReasonCode.MINOR;
        }
        ReasonCode byControl = latestControl(state, rule);
        if (byControl != null) {
            return byControl;
        }
        if (rule.has(Control.OBJECTION) && hasUpheldObjection(state, rule.purpose())) {
            return ReasonCode.OBJECTION_UPHELD;
        }
        if (!rule.defaultOn()) {
            return ReasonCode.DEFAULT_OFF;
        }
        if (rule.notice() != null && !hasQualifyingNotice(state, rule.notice())) {
            return ReasonCode.NOTICE_PENDING;
        }
        return ReasonCode.ALLOWED_BY_DEFAULT;
    }

    private static ReasonCode latestControl(MemberState state, PurposeRule rule) {
        LedgerEntry setting = rule.has(Control.SETTING) ? state.latestSettingByPurpose.get(rule.purpose()) : null;
        LedgerEntry gpc = rule.has(Control.GPC) ? state.latestGpc : null;
        if (gpc != null && (setting == null || gpc.isAfter(setting))) {
            return ReasonCode.GPC_OPT_OUT;
        }
        if (setting != null) {
            return ((SettingChanged) setting.event()).enabled() ? ReasonCode.ALLOWED_BY_SETTING : ReasonCode.OPTED_OUT;
        }
        return null;
    }

    private static boolean hasUpheldObjection(MemberState state, String purpose) {
        return state.objections.values().stream().anyMatch(objection -> objection.upheld() && objection.purposes.contains(purpose));
    }

    private boolean hasQualifyingNotice(MemberState state, NoticeRule rule) {
        int minimumOrdinal = policy.version(rule.minimumVersion()).map(PolicyVersion::ordinal).orElse(Integer.MAX_VALUE);
        Instant latestAcceptable = state.at.minus(rule.minimumAge());
        for (NoticeGiven notice : state.notices) {
            // A notice of a version this policy does not know proves nothing (fail closed).
            int ordinal = policy.version(notice.policyVersion()).map(PolicyVersion::ordinal).orElse(-1);
            if (ordinal >= minimumOrdinal && !notice.at().isAfter(latestAcceptable)) {
                return true;
            }
        }
        return false;
    }
}
