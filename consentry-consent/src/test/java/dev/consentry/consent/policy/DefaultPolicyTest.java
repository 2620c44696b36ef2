package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultPolicyTest {
    private final Policy policy = DefaultPolicy.load();

    @Test
    void versionsStartAtUtcMidnightInOrder() {
        assertThat(policy.versions()).extracting(PolicyVersion::name)
                .containsExactly("2024-09-18", "2024-09-20", "2024-10-11", "2024-12-10", "2025-11-03");
        for (PolicyVersion version : policy.versions()) {
            assertThat(version.effectiveFrom()).isEqualTo(Instant.parse(version.name() + "T00:00:00Z"));
        }
    }

    @Test
    void noVersionBeforeTheFirst() {
        assertThat(policy.versionAt(Instant.parse("2024-09-17T23:59:59.999Z"))).isEmpty();
        assertThat(policy.versionAt(Instant.parse("2024-09-18T00:00:00Z"))).map(PolicyVersion::name).contains("2024-09-18");
        assertThat(policy.versionAt(Instant.parse("2024-09-19T23:59:59Z"))).map(PolicyVersion::name).contains("2024-09-18");
        assertThat(policy.versionAt(Instant.parse("2030-01-01T00:00:00Z"))).map(PolicyVersion::name).contains("2025-11-03");
    }

    @Test
    void genaiExclusionsFollowTheTimeline() {
        assertThat(excluded("2024-09-18")).hasSize(31).contains("DE", "FR", "IS", "LI", "NO", "CH").doesNotContain("GB", "US");
        assertThat(excluded("2024-09-20")).hasSize(32).contains("GB").doesNotContain("HK");
        assertThat(excluded("2024-10-11")).hasSize(33).contains("HK").doesNotContain("CA");
        assertThat(excluded("2024-12-10")).hasSize(34).contains("CA");
        assertThat(excluded("2025-11-03")).isEmpty();
    }

    @Test
    void genaiRules() {
        PurposeRule early = rule("2024-09-18", "genai-training");
        assertThat(early.controls()).containsExactlyInAnyOrder(Control.SETTING, Control.GPC);
        assertThat(early.defaultOn()).isTrue();
        assertThat(early.minimumAge()).isEqualTo(18);
        assertThat(early.notice()).isEqualTo(new NoticeRule("2024-09-18", Duration.ofDays(30)));
        assertThat(early.content().kinds()).containsExactlyInAnyOrder("post", "article", "comment", "poll", "profile");
        assertThat(early.content().visibilities()).containsExactly("public");
        assertThat(early.filterSpecialCategories()).isFalse();

        PurposeRule late = rule("2025-11-03", "genai-training");
        assertThat(late.notice()).isEqualTo(new NoticeRule("2025-11-03", Duration.ofDays(30)));
        assertThat(late.filterSpecialCategories()).isTrue();
        assertThat(late.legalBasis()).isEqualTo("legitimate-interest");
    }

    @Test
    void objectionPurposesNeedNoNotice() {
        for (String purpose : List.of("personalization", "moderation")) {
            for (PolicyVersion version : policy.versions()) {
                PurposeRule rule = version.purpose(purpose).orElseThrow();
                assertThat(rule.controls()).containsExactly(Control.OBJECTION);
                assertThat(rule.defaultOn()).isTrue();
                assertThat(rule.notice()).isNull();
                assertThat(rule.excludedCountries()).isEmpty();
            }
        }
    }

    private java.util.Set<String> excluded(String version) {
        return rule(version, "genai-training").excludedCountries();
    }

    private PurposeRule rule(String version, String purpose) {
        return policy.version(version).orElseThrow().purpose(purpose).orElseThrow();
    }
}
