package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A purpose's content rule: exactly the listed kinds and visibilities; nothing when a list is empty. */
class ContentEligibilityTest {
    @Test
    void allowsExactlyTheListedKindsAndVisibilities() {
        ContentEligibility rule = new ContentEligibility(Set.of("post", "article"), Set.of("public"));
        assertThat(rule.allowsKind("post")).isTrue();
        assertThat(rule.allowsKind("article")).isTrue();
        assertThat(rule.allowsKind("message")).isFalse();
        assertThat(rule.allowsVisibility("public")).isTrue();
        assertThat(rule.allowsVisibility("private")).isFalse();
    }

    @Test
    void noneAllowsNothing() {
        for (String kind : ContentEligibility.KNOWN_KINDS) {
            assertThat(ContentEligibility.NONE.allowsKind(kind)).isFalse();
        }
        for (String visibility : ContentEligibility.KNOWN_VISIBILITIES) {
            assertThat(ContentEligibility.NONE.allowsVisibility(visibility)).isFalse();
        }
    }

    @Test
    void theSetsAreCopiedSoALaterChangeToTheCallersSetDoesNotWidenTheRule() {
        Set<String> kinds = new HashSet<>(Set.of("post"));
        Set<String> visibilities = new HashSet<>(Set.of("public"));
        ContentEligibility rule = new ContentEligibility(kinds, visibilities);
        kinds.add("message");
        visibilities.add("private");
        assertThat(rule.allowsKind("message")).isFalse();
        assertThat(rule.allowsVisibility("private")).isFalse();
        assertThatThrownBy(() -> rule.kinds().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
