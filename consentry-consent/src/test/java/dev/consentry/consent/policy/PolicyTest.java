package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A policy's versions are numbered 0..n-1 and start strictly one after another; each ends where the next begins. */
class PolicyTest {
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    private static PolicyVersion version(String name, int ordinal, Instant from) {
        return new PolicyVersion(name, ordinal, from, Map.of());
    }

    private static Policy policy(PolicyVersion... versions) {
        return new Policy("p", List.of(versions), Map.of(), "0".repeat(64));
    }

    @Test
    void versionsMustBeNumberedInOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> policy(version("v1", 1, JAN)))
                .withMessage("version v1 has ordinal 1, expected 0");
        assertThatIllegalArgumentException().isThrownBy(() -> policy(version("v1", 0, JAN), version("v2", 2, FEB)))
                .withMessage("version v2 has ordinal 2, expected 1");
    }

    @Test
    void eachVersionMustStartAfterThePreviousOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> policy(version("v1", 0, FEB), version("v2", 1, FEB)))
                .withMessage("version v2 does not start after v1");
        assertThatIllegalArgumentException().isThrownBy(() -> policy(version("v1", 0, FEB), version("v2", 1, JAN)))
                .withMessage("version v2 does not start after v1");
        assertThatIllegalArgumentException().isThrownBy(() -> policy(version("v1", 0, JAN), version("v2", 1, MAR), version("v3", 2, FEB)))
                .withMessage("version v3 does not start after v2");
    }

    @Test
    void aVersionEndsWhereTheNextBeginsAndTheLastNever() {
        PolicyVersion v1 = version("v1", 0, JAN);
        PolicyVersion v2 = version("v2", 1, FEB);
        PolicyVersion v3 = version("v3", 2, MAR);
        Policy policy = policy(v1, v2, v3);
        assertThat(policy.endOf(v1)).contains(FEB);
        assertThat(policy.endOf(v2)).contains(MAR);
        assertThat(policy.endOf(v3)).isEmpty();
    }

    @Test
    void theVersionInForceIsTheLastThatHasStarted() {
        Policy policy = policy(version("v1", 0, JAN), version("v2", 1, FEB));
        assertThat(policy.versionAt(JAN.minusSeconds(1))).isEmpty();
        assertThat(policy.versionAt(JAN).map(PolicyVersion::name)).contains("v1");
        assertThat(policy.versionAt(FEB.minusSeconds(1)).map(PolicyVersion::name)).contains("v1");
        assertThat(policy.versionAt(FEB).map(PolicyVersion::name)).contains("v2");
    }
}
