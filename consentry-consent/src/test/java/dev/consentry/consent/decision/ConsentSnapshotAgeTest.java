package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import dev.consentry.consent.Member;
import dev.consentry.consent.policy.DefaultPolicy;

/**
 * The snapshot answers how old an author was at any instant, by the birth date the MINOR rule uses: the one the
 * member's registration entry in the ledger carries.
 */
class ConsentSnapshotAgeTest {
    private final LedgerFixture ledger = new LedgerFixture()
            .member(new Member("m-leap", "US", null, LocalDate.parse("2008-02-29"), null, List.of()))
            .member(Member.of("m-unknown-age", "US"));
    private final ConsentSnapshot snapshot = ConsentSnapshot.builder(DefaultPolicy.load(), Instant.parse("2026-06-01T00:00:00Z"))
            .add(ledger.history("m-leap"), 1)
            .add(ledger.history("m-unknown-age"), 2)
            .build();

    @Test
    void youngerUntilTheBirthdayUtc_aLeapDayBirthdayTurningOnTheTwentyEighth() {
        assertThat(snapshot.wasYoungerThan("m-leap", 18, Instant.parse("2026-02-27T23:59:59Z"))).isTrue();
        assertThat(snapshot.wasYoungerThan("m-leap", 18, Instant.parse("2026-02-28T00:00:00Z"))).isFalse();
        assertThat(snapshot.wasYoungerThan("m-leap", 16, Instant.parse("2024-02-28T23:59:59Z"))).isTrue();
        assertThat(snapshot.wasYoungerThan("m-leap", 16, Instant.parse("2024-02-29T00:00:00Z"))).isFalse();
    }

    @Test
    void anUnknownBirthDateOrMemberIsNotYounger() {
        assertThat(snapshot.wasYoungerThan("m-unknown-age", 18, Instant.parse("2000-01-01T00:00:00Z"))).isFalse();
        assertThat(snapshot.wasYoungerThan("m-nobody", 18, Instant.parse("2000-01-01T00:00:00Z"))).isFalse();
    }

    /** The age rule of the decision and this answer agree at the snapshot's own instant. */
    @Test
    void agreesWithTheDecisionsMinorRule() {
        ConsentSnapshot atSeventeen = ConsentSnapshot.builder(DefaultPolicy.load(), Instant.parse("2026-02-27T12:00:00Z"))
                .add(ledger.history("m-leap"), 1).build();
        assertThat(atSeventeen.decide("m-leap", "genai-training").reason().name()).isEqualTo("MINOR");
        assertThat(atSeventeen.wasYoungerThan("m-leap", 18, atSeventeen.asOf())).isTrue();
    }
}
