package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentry.consent.Decision;
import dev.consentry.consent.Member;
import dev.consentry.consent.ReasonCode;
import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's bookkeeping: every added member keeps its own decisions and number however many are added,
 * purposes outside the version in force are NOT_IN_POLICY before any member lookup, and a builder takes each
 * registered member once and nothing after {@code build()}.
 */
class ConsentSnapshotBuilderTest {

    private static final Policy POLICY = PolicyParser.parse("snap.yaml", """
            name: snap
            purposes:
              ads:
                controls: [setting]
                default: off
              research:
                controls: [objection]
                default: on
              later:
                controls: [setting]
                default: on
            versions:
              - version: v1
                from: 2025-01-01T00:00:00Z
                purposes:
                  ads: {}
                  research: {}
              - version: v2
                from: 2025-06-01T00:00:00Z
                purposes:
                  ads: {}
                  research: {}
                  later: {}
            """);
    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void manyMembers_eachKeepTheirOwnDecisionsAndNumbers() {
        // 3 purposes x 1500 members outgrows the first reasons array (1024) and member-number array (256).
        LedgerFixture ledger = new LedgerFixture();
        int members = 1500;
        for (int i = 0; i < members; i++) {
            ledger.member(Member.of("m" + i, "US"));
            ledger.setting("m" + i, "ads", i % 3 == 0, "2025-02-01T00:00:00Z");
        }
        ConsentSnapshot.Builder builder = ConsentSnapshot.builder(POLICY, MARCH);
        for (int i = 0; i < members; i++) {
            builder.add(ledger.history("m" + i), 1_000_000L + i);
        }
        ConsentSnapshot snapshot = builder.build();
        assertThat(snapshot.memberCount()).isEqualTo(members);
        for (int i = 0; i < members; i++) {
            String id = "m" + i;
            assertThat(snapshot.decide(id, "ads").reason()).as(id).isEqualTo(i % 3 == 0 ? ReasonCode.ALLOWED_BY_SETTING : ReasonCode.OPTED_OUT);
            assertThat(snapshot.decide(id, "research").reason()).as(id).isEqualTo(ReasonCode.ALLOWED_BY_DEFAULT);
            assertThat(snapshot.memberNumber(id)).isEqualTo(1_000_000L + i);
        }
    }

    @Test
    void decisions_nameTheVersionInForce_andUnknownsAreOrderedPolicyFirst() {
        // m1 is registered in the ledger: a registry row alone is UNKNOWN_MEMBER (issue 8, item 6).
        ConsentSnapshot snapshot = ConsentSnapshot.builder(POLICY, MARCH)
                .add(new LedgerFixture().member(Member.of("m1", "US")).history("m1"), 7).build();
        assertThat(snapshot.asOf()).isEqualTo(MARCH);
        assertThat(snapshot.policyVersion().orElseThrow().name()).isEqualTo("v1");
        assertThat(snapshot.decide("m1", "ads")).isEqualTo(Decision.of(ReasonCode.DEFAULT_OFF, "v1"));
        assertThat(snapshot.decide("m1", "research")).isEqualTo(Decision.of(ReasonCode.ALLOWED_BY_DEFAULT, "v1"));
        // "later" is a purpose of the policy, but not of v1: not in policy, for known and unknown members.
        assertThat(snapshot.decide("m1", "later")).isEqualTo(Decision.of(ReasonCode.NOT_IN_POLICY, "v1"));
        assertThat(snapshot.decide("m9", "later")).isEqualTo(Decision.of(ReasonCode.NOT_IN_POLICY, "v1"));
        assertThat(snapshot.decide("m9", "nope")).isEqualTo(Decision.of(ReasonCode.NOT_IN_POLICY, "v1"));
        assertThat(snapshot.decide("m9", "ads")).isEqualTo(Decision.of(ReasonCode.UNKNOWN_MEMBER, "v1"));
        assertThat(snapshot.memberNumber("m1")).isEqualTo(7);
        assertThat(snapshot.memberNumber("m9")).isEqualTo(-1);
    }

    @Test
    void beforeTheFirstVersion_everythingIsNotInPolicy_butMembersAreCounted() {
        ConsentSnapshot snapshot = ConsentSnapshot.builder(POLICY, Instant.parse("2024-12-31T23:59:59Z"))
                .add(MemberHistory.of(Member.of("m1", "US"), List.of()), 3).build();
        assertThat(snapshot.policyVersion()).isEmpty();
        assertThat(snapshot.decide("m1", "ads")).isEqualTo(Decision.of(ReasonCode.NOT_IN_POLICY, null));
        assertThat(snapshot.decide("m9", "ads")).isEqualTo(Decision.of(ReasonCode.NOT_IN_POLICY, null));
        assertThat(snapshot.memberCount()).isEqualTo(1);
        assertThat(snapshot.memberNumber("m1")).isEqualTo(3);
    }

    @Test
    void ledger_isRecorded_andDefaultsToTheEmptyLedger() {
        ConsentSnapshot empty = ConsentSnapshot.builder(POLICY, MARCH).build();
        assertThat(empty.ledgerSequence()).isZero();
        assertThat(empty.ledgerHeadHash()).isEqualTo(LedgerHash.GENESIS);
        assertThat(empty.memberCount()).isZero();
        String head = "ab".repeat(32);
        ConsentSnapshot seen = ConsentSnapshot.builder(POLICY, MARCH).ledger(42, head).build();
        assertThat(seen.ledgerSequence()).isEqualTo(42);
        assertThat(seen.ledgerHeadHash()).isEqualTo(head);
    }

    @Test
    void builder_refusesUnregisteredAndRepeatedMembers_andAddsAfterBuild() {
        ConsentSnapshot.Builder builder = ConsentSnapshot.builder(POLICY, MARCH);
        assertThatThrownBy(() -> builder.add(MemberHistory.unknown("m0"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m0 is not in the registry");
        builder.add(MemberHistory.of(Member.of("m1", "US"), List.of()), 1);
        assertThatThrownBy(() -> builder.add(MemberHistory.of(Member.of("m1", "US"), List.of()), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m1 added twice");
        ConsentSnapshot snapshot = builder.build();
        assertThatThrownBy(() -> builder.add(MemberHistory.of(Member.of("m2", "US"), List.of()), 3))
                .isInstanceOf(IllegalStateException.class);
        assertThat(snapshot.memberCount()).isEqualTo(1);
        assertThat(snapshot.memberNumber("m1")).isEqualTo(1);
        assertThat(snapshot.decide("m0", "ads").reason()).isEqualTo(ReasonCode.UNKNOWN_MEMBER);
    }
}
