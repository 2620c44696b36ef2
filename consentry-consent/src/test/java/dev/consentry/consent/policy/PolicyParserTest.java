package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PolicyParserTest {
    private static final String MINIMAL = """
            name: tiny
            purposes:
              ads:
                controls: [setting]
                default: off
            versions:
              - version: v1
                from: 2025-01-01T00:00:00Z
                purposes:
                  ads: {}
            """;

    @Test
    void minimalPolicyHasDefaults() {
        Policy policy = PolicyParser.parse("tiny.yaml", MINIMAL);
        PurposeRule ads = policy.versions().get(0).purpose("ads").orElseThrow();
        assertThat(ads.title()).isEqualTo("ads");
        assertThat(ads.legalBasis()).isEqualTo("consent");
        assertThat(ads.defaultOn()).isFalse();
        assertThat(ads.minimumAge()).isZero();
        assertThat(ads.notice()).isNull();
        assertThat(ads.content()).isEqualTo(ContentEligibility.NONE);
        assertThat(policy.sourceSha256()).hasSize(64);
    }

    @Test
    void overridesReplaceFieldsAndNoneRemovesNotice() {
        Policy policy = PolicyParser.parse("p.yaml", """
                name: p
                jurisdictions:
                  NORDIC: [DK, SE]
                  NORTH: [NORDIC, IS]
                purposes:
                  ads:
                    controls: [setting, gpc]
                    default: on
                    notice: {minimumVersion: v1, minimumAgeDays: 14}
                versions:
                  - version: v1
                    from: 2025-01-01T00:00:00Z
                    purposes:
                      ads: {excludedJurisdictions: [NORTH, US]}
                  - version: v2
                    from: 2025-06-01T00:00:00Z
                    purposes:
                      ads: {notice: none, default: off}
                """);
        PurposeRule v1 = policy.version("v1").orElseThrow().purpose("ads").orElseThrow();
        PurposeRule v2 = policy.version("v2").orElseThrow().purpose("ads").orElseThrow();
        assertThat(v1.excludedCountries()).containsExactlyInAnyOrder("DK", "SE", "IS", "US");
        assertThat(v1.notice().minimumAge().toDays()).isEqualTo(14);
        assertThat(v2.notice()).isNull();
        assertThat(v2.defaultOn()).isFalse();
        assertThat(v2.excludedCountries()).isEmpty();
        assertThat(policy.jurisdictions().get("NORTH")).containsExactly("DK", "IS", "SE");
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("bad.yaml", """
                name: bad
                colour: blue
                purposes:
                  ads:
                    controls: [setting, telepathy]
                    default: maybe
                    minimumAge: -3
                    notice: {minimumVersion: v9}
                    excludedJurisdictions: [XX]
                    content: {kinds: [post, video], visibility: [public]}
                versions:
                  - version: v1
                    from: yesterday
                    purposes:
                      ads: {}
                      billing: {}
                  - version: v1
                    from: 2025-01-01T00:00:00Z
                    purposes: {}
                """));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "bad.yaml:2: colour: unknown key; expected one of [description, jurisdictions, name, purposes, versions]",
                "bad.yaml:5: purposes.ads.controls: unknown control 'telepathy'; one of setting, gpc, objection",
                "bad.yaml:6: purposes.ads.default: must be on or off, was 'maybe'",
                "bad.yaml:7: purposes.ads.minimumAge: must be a whole number from 0 to 150, was '-3'",
                "bad.yaml:8: purposes.ads.notice.minimumVersion: unknown version 'v9'",
                "bad.yaml:9: purposes.ads.excludedJurisdictions: unknown country or jurisdiction group 'XX'",
                "bad.yaml:10: purposes.ads.content.kinds: unknown value 'video'; one of [article, comment, group-message, message, poll, post, profile]",
                "bad.yaml:13: versions[0].from: 'yesterday' is not an ISO-8601 instant such as 2024-09-18T00:00:00Z",
                "bad.yaml:16: versions[0].purposes: unknown purpose 'billing'; declare it under purposes:",
                "bad.yaml:17: versions[1].version: version 'v1' is declared twice");
    }

    @Test
    void versionsMustMoveForwardInTime() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml",
                MINIMAL + """
                          - version: v0
                            from: 2024-01-01T00:00:00Z
                            purposes: {}
                        """));
        assertThat(e.problems()).containsExactly(
                "p.yaml:12: versions[1].from: must be later than the previous version's from (2025-01-01T00:00:00Z)");
    }

    @Test
    void gpcWithoutSettingIsRejected() {
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> PolicyParser.parse("p.yaml", MINIMAL.replace("controls: [setting]", "controls: [gpc]")));
        assertThat(e.problems()).containsExactly("p.yaml:4: purposes.ads.controls: gpc acts on the setting, so it needs setting too");
    }

    @Test
    void notYamlNamesTheLine() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml", "name: x\npurposes: [a\n"));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0)).startsWith("p.yaml:3: not valid YAML");
    }

    @Test
    void groupCyclesAreReported() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml",
                MINIMAL.replace("purposes:\n  ads:", "jurisdictions:\n  A: [B]\n  B: [A]\npurposes:\n  ads:")));
        assertThat(e.problems()).anyMatch(problem -> problem.contains("includes itself"));
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNotTheLastOneWins() {
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> PolicyParser.parse("p.yaml", MINIMAL.replace("    default: off\n", "    default: off\n    default: on\n")));
        assertThat(e.problems()).containsExactly("p.yaml:6: purposes.ads.default: given twice (first on line 5)");
    }

    @Test
    void duplicatesAreFoundInEveryMapping() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml", """
                name: p
                name: q
                jurisdictions:
                  NORDIC: [DK]
                  NORDIC: [SE]
                purposes:
                  ads: {controls: [setting], default: off}
                  ads: {controls: [setting], default: on, notice: {minimumVersion: v1, minimumVersion: v1}}
                versions:
                  - version: v1
                    from: 2025-01-01T00:00:00Z
                    from: 2026-01-01T00:00:00Z
                    purposes:
                      ads: {}
                      ads: {default: on}
                """));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "p.yaml:2: name: given twice (first on line 1)",
                "p.yaml:5: jurisdictions.NORDIC: given twice (first on line 4)",
                "p.yaml:8: purposes.ads: given twice (first on line 7)",
                "p.yaml:8: purposes.ads.notice.minimumVersion: given twice (first on line 8)",
                "p.yaml:12: versions[0].from: given twice (first on line 11)",
                "p.yaml:15: versions[0].purposes.ads: given twice (first on line 14)");
    }

    @Test
    void aMisspeltKeySuggestsTheKnownOne() {
        PolicyException e = catchThrowableOfType(PolicyException.class,
                () -> PolicyParser.parse("p.yaml", MINIMAL.replace("    default: off\n", "    default: off\n    minimumage: 18\n")));
        assertThat(e.problems()).containsExactly("p.yaml:6: purposes.ads.minimumage: unknown key (did you mean 'minimumAge'?); expected one of "
                + "[content, controls, default, excludedJurisdictions, legalBasis, minimumAge, notice, specialCategories, title]");
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() {
        Policy policy = PolicyParser.parse("p.yaml", "\uFEFF" + MINIMAL);
        assertThat(policy.name()).isEqualTo("tiny");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedWithTheirLine() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml",
                MINIMAL.replace("name: tiny", "name: \"tiny\\0\"\ndescription: \"x\\ud800\"")));
        assertThat(e.problems()).containsExactly(
                "p.yaml:1: name: holds a control character (U+0000) at position 5",
                "p.yaml:2: description: holds an unpaired surrogate (U+D800) at position 2");
    }

    @Test
    void anAliasToItsOwnParentIsAProblemNotAnEndlessWalk() {
        PolicyException e = catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml", MINIMAL.replace("name: tiny", "name: &n [*n]")));
        assertThat(e.problems()).containsExactly("p.yaml:1: name: must be a non-empty text");
    }
}
