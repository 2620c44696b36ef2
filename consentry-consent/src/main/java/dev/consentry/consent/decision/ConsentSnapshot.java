package dev.consentry.consent.decision;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.consentry.consent.Decision;
import dev.consentry.consent.ReasonCode;
import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyVersion;
import dev.consentry.consent.policy.PurposeRule;

/**
 * Every member's decision for every purpose at one instant, precomputed so that a dataset build
 * asks millions of times a second without touching the ledger.
 *
 * <p>Building: the caller feeds each member's {@link MemberHistory} once (from a database cursor,
 * in any member order); each is folded as of the instant, decided for every purpose of the policy,
 * and dropped, so building needs memory for one member's history at a time. The snapshot records
 * which ledger it saw (sequence and head hash) so a manifest can say exactly what consent data a
 * dataset used.
 *
 * <p>Layout: a {@link MemberIndex} maps the member id to a dense index; decisions are one byte
 * (the reason's ordinal) per member and purpose in a flat array; the platform's member numbers
 * (for lineage bitmaps) sit in a long array, and each member's birth date — the one the decision's
 * {@code MINOR} rule used — as an epoch day in an int array, so that a build can ask how old the
 * author was when they wrote something. A member the snapshot does not know is
 * {@code UNKNOWN_MEMBER} — unless the purpose is not in the policy at all, which comes first.
 */
public final class ConsentSnapshot {
    private static final int NO_BIRTH_DAY = Integer.MIN_VALUE;

    private final Instant asOf;
    private final PolicyVersion version;
    private final List<String> purposes;
    private final MemberIndex index;
    private final byte[] reasons;
    private final long[] memberNumbers;
    private final int[] birthDays;
    private final long ledgerSequence;
    private final String ledgerHeadHash;
    private final Decision[] decisionsByReason;

    private ConsentSnapshot(Builder builder) {
        this.asOf = builder.asOf;
        this.version = builder.version;
        this.purposes = builder.purposes;
        this.index = builder.index;
        this.index.trim();
        this.reasons = Arrays.copyOf(builder.reasons, builder.index.size() * purposes.size());
        this.memberNumbers = Arrays.copyOf(builder.memberNumbers, builder.index.size());
        this.birthDays = Arrays.copyOf(builder.birthDays, builder.index.size());
        this.ledgerSequence = builder.ledgerSequence;
        this.ledgerHeadHash = builder.ledgerHeadHash;
        String versionName = version == null ? null : version.name();
        this.decisionsByReason = Arrays.stream(ReasonCode.values()).map(reason -> Decision.of(reason, versionName)).toArray(Decision[]::new);
    }

    public static Builder builder(Policy policy, Instant asOf) {
        return new Builder(policy, asOf);
    }

    public Decision decide(String memberId, String purpose) {
        int purposeIndex = purposes.indexOf(purpose);
        if (version == null || purposeIndex < 0 || version.purpose(purpose).isEmpty()) {
            return decisionsByReason[ReasonCode.NOT_IN_POLICY.ordinal()];
        }
        int member = index.indexOf(memberId);
        if (member < 0) {
            return decisionsByReason[ReasonCode.UNKNOWN_MEMBER.ordinal()];
        }
        return decisionsByReason[reasons[member * purposes.size() + purposeIndex]];
    }

    public Instant asOf() {
        return asOf;
    }

    /** The policy version in force at {@link #asOf()}, empty before the first. */
    public Optional<PolicyVersion> policyVersion() {
        return Optional.ofNullable(version);
    }

    /** Number of members the snapshot knows. */
    public int memberCount() {
        return index.size();
    }

    /** The platform's number for a member (the store's member sequence), or -1 when unknown. */
    public long memberNumber(String memberId) {
        int member = index.indexOf(memberId);
        return member < 0 ? -1 : memberNumbers[member];
    }

    /**
     * The member's birth date as the decisions used it (see {@link MemberHistory#birthDate()}):
     * empty when unknown or when the snapshot does not know the member.
     */
    public Optional<LocalDate> birthDate(String memberId) {
        int member = index.indexOf(memberId);
        return member < 0 || birthDays[member] == NO_BIRTH_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(birthDays[member]));
    }

    /**
     * Whether the member was younger than {@code years} at {@code instant} (say, when they wrote a post),
     * by the birth date the decision's age rule uses; false when it or the member is unknown.
     */
    public boolean wasYoungerThan(String memberId, int years, Instant instant) {
        int member = index.indexOf(memberId);
        if (member < 0 || birthDays[member] == NO_BIRTH_DAY) {
            return false;
        }
        return MemberState.isYoungerThan(LocalDate.ofEpochDay(birthDays[member]), years, instant);
    }

    /** The highest ledger sequence the snapshot saw. */
    public long ledgerSequence() {
        return ledgerSequence;
    }

    /** The hash of the ledger entry at {@link #ledgerSequence()}, or the genesis hash for an empty ledger. */
    public String ledgerHeadHash() {
        return ledgerHeadHash;
    }

    /** Collects member histories; not thread-safe. */
    public static final class Builder {
        private final Instant asOf;
        private final PolicyVersion version;
        private final List<String> purposes;
        private final PurposeRule[] rules;
        private final DecisionFunction decisions;
        private final MemberIndex index = new MemberIndex();
        private byte[] reasons = new byte[1024];
        private long[] memberNumbers = new long[256];
        private int[] birthDays = new int[256];
        private long ledgerSequence;
        private String ledgerHeadHash = LedgerHash.GENESIS;
        private boolean built;

        private Builder(Policy policy, Instant asOf) {
            requireNonNull(policy, "policy is null");
            this.asOf = requireNonNull(asOf, "asOf is null");
            this.version = policy.versionAt(asOf).orElse(null);
            this.purposes = policy.purposeIds();
            this.rules = purposes.stream().map(purpose -> version == null ? null : version.purposes().get(purpose)).toArray(PurposeRule[]::new);
            this.decisions = new DecisionFunction(policy);
        }

        /** Records which ledger the histories come from. */
        public Builder ledger(long sequence, String headHash) {
            this.ledgerSequence = sequence;
            this.ledgerHeadHash = requireNonNull(headHash, "headHash is null");
            return this;
        }

        /**
         * Adds a registered member's history.
         *
         * @param memberNumber the store's number for the member, used for lineage
         * @throws IllegalArgumentException when the member is unknown to the registry or added twice
         */
        public Builder add(MemberHistory history, long memberNumber) {
            if (built) {
                throw new IllegalStateException("snapshot already built");
            }
            if (history.member() == null) {
                throw new IllegalArgumentException("member " + history.memberId() + " is not in the registry; leave it out, it is UNKNOWN_MEMBER");
            }
            int before = index.size();
            int member = index.add(history.memberId());
            if (member < before) {
                throw new IllegalArgumentException("member " + history.memberId() + " added twice");
            }
            int width = purposes.size();
            if ((member + 1) * width > reasons.length) {
                reasons = Arrays.copyOf(reasons, Math.max(reasons.length * 2, (member + 1) * width));
            }
            if (member >= memberNumbers.length) {
                memberNumbers = Arrays.copyOf(memberNumbers, memberNumbers.length * 2);
                birthDays = Arrays.copyOf(birthDays, memberNumbers.length);
            }
            memberNumbers[member] = memberNumber;
            MemberState state = MemberState.fold(history, asOf);
            birthDays[member] = state.birthDate == null ? NO_BIRTH_DAY : Math.toIntExact(state.birthDate.toEpochDay());
            for (int p = 0; p < width; p++) {
                ReasonCode reason = rules[p] == null ? ReasonCode.NOT_IN_POLICY : decisions.reason(state, rules[p]);
                reasons[member * width + p] = (byte) reason.ordinal();
            }
            return this;
        }

        public ConsentSnapshot build() {
            built = true;
            return new ConsentSnapshot(this);
        }
    }
}
