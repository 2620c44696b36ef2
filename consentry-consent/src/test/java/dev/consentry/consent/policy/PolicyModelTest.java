package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy model's own invariants, whoever builds it: versions in order, each ending where the next starts. */
class PolicyModelTest {

    private static final Instant JAN = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant JUN = Instant.parse("2025-06-01T00:00:00Z");

    private static PolicyVersion version(String name, int ordinal, Instant from) {
        return new PolicyVersion(name, ordinal, from, Map.of());
    }

    @Test
    void aVersionEnds_whereTheNextStarts_andTheLastNever() {
        Policy policy = new Policy("p", List.of(version("v1", 0, JAN), version("v2", 1, JUN)), Map.of(), "x");
        assertThat(policy.endOf(policy.versions().get(0))).contains(JUN);
        assertThat(policy.endOf(policy.versions().get(1))).isEmpty();
        assertThat(policy.versionAt(JUN.minusNanos(1)).orElseThrow().name()).isEqualTo("v1");
        assertThat(policy.versionAt(JUN).orElseThrow().name()).isEqualTo("v2");
        assertThat(policy.versionAt(JAN.minusNanos(1))).isEmpty();
    }

    @Test
    void versions_haveOrdinalsInOrder_andStrictlyLaterStarts() {
        assertThatThrownBy(() -> new Policy("p", List.of(version("v1", 1, JAN)), Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("version v1 has ordinal 1, expected 0");
        assertThatThrownBy(() -> new Policy("p", List.of(version("v1", 0, JUN), version("v2", 1, JUN)), Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("version v2 does not start after v1");
        assertThatThrownBy(() -> new Policy("p", List.of(version("v1", 0, JUN), version("v2", 1, JAN)), Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentEligibility_allowsExactlyItsKindsAndVisibilities() {
        ContentEligibility posts = new ContentEligibility(Set.of("post"), Set.of("public"));
        assertThat(posts.allowsKind("post")).isTrue();
        assertThat(posts.allowsKind("comment")).isFalse();
        assertThat(posts.allowsVisibility("public")).isTrue();
        assertThat(posts.allowsVisibility("private")).isFalse();
        assertThat(ContentEligibility.NONE.allowsKind("post")).isFalse();
    }

    @Test
    void controls_haveLowerCaseWireNames() {
        assertThat(Control.SETTING.wireName()).isEqualTo("setting");
        assertThat(Control.GPC.wireName()).isEqualTo("gpc");
        assertThat(Control.OBJECTION.wireName()).isEqualTo("objection");
    }
}
