package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each validation rule of the policy format on its own: the value that breaks it, the line and path the problem
 * names, and the edge values that are still accepted.
 */
class PolicyValidationTest {

    private static final String VERSIONS = """
            versions:
              - version: v1
                from: 2025-01-01T00:00:00Z
                purposes:
                  ads: {}
            """;

    /** A policy whose single purpose "ads" has the given field lines (indented under it). */
    private static String withAds(String fields) {
        return "name: p\npurposes:\n  ads:\n    controls: [setting]\n" + fields.indent(4) + VERSIONS;
    }

    private static List<String> problems(String yaml) {
        return catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml", yaml)).problems();
    }

    private static PurposeRule ads(String fields) {
        return PolicyParser.parse("p.yaml", withAds(fields)).versions().get(0).purpose("ads").orElseThrow();
    }

    @Test
    void theTopLevel_isAMappingWithANonEmptyName() {
        assertThat(problems("- a\n- b\n")).containsExactly("p.yaml:1: a policy is a mapping with name, purposes and versions");
        assertThat(problems(withAds("").replace("name: p\n", ""))).containsExactly("p.yaml:1: name: missing");
        assertThat(problems(withAds("").replace("name: p", "name: ' '"))).containsExactly("p.yaml:1: name: must be a non-empty text");
        assertThat(problems(withAds("").replace("name: p", "name: [p]"))).containsExactly("p.yaml:1: name: must be a non-empty text");
    }

    @Test
    void purposes_areAMappingOfLowerCaseIdsToMappings() {
        assertThat(problems("name: p\n" + VERSIONS)).containsExactly(
                "p.yaml:1: purposes: missing; declare at least one purpose",
                "p.yaml:6: versions[0].purposes: unknown purpose 'ads'; declare it under purposes:");
        assertThat(problems("name: p\npurposes: {}\n" + VERSIONS)).startsWith("p.yaml:2: purposes: must map purpose ids to their definitions");
        assertThat(problems("name: p\npurposes: [ads]\n" + VERSIONS)).startsWith("p.yaml:2: purposes: must map purpose ids to their definitions");
        assertThat(problems("name: p\npurposes:\n  Ads: {}\n" + VERSIONS))
                .startsWith("p.yaml:3: purposes: purpose id 'Ads' must be lower-case letters, digits and '-'");
        assertThat(problems("name: p\npurposes:\n  ads: yes\n" + VERSIONS)).startsWith("p.yaml:3: purposes.ads: must be a mapping of purpose fields");
        // "a-9" is a valid id; purposeIds() lists what the versions cover.
        assertThat(PolicyParser.parse("p.yaml", "name: p\npurposes:\n  a-9: {}\n  ads: {}\n" + VERSIONS).purposeIds()).containsExactly("ads");
    }

    @Test
    void versions_areANonEmptyListOfMappings_eachWithPurposes() {
        String head = "name: p\npurposes:\n  ads: {}\n";
        assertThat(problems(head)).containsExactly("p.yaml:1: versions: missing; a policy needs at least one version");
        assertThat(problems(head + "versions: []\n")).containsExactly("p.yaml:4: versions: must be a non-empty list of versions");
        assertThat(problems(head + "versions: {v1: x}\n")).containsExactly("p.yaml:4: versions: must be a non-empty list of versions");
        assertThat(problems(head + "versions:\n  - v1\n")).containsExactly("p.yaml:5: versions[0]: must be a mapping with version, from and purposes");
        assertThat(problems(head + "versions:\n  - version: v1\n    from: 2025-01-01T00:00:00Z\n"))
                .containsExactly("p.yaml:5: versions[0].purposes: missing; list the purposes this version covers ({} for none)");
        assertThat(problems(head + "versions:\n  - version: v1\n    from: 2025-01-01T00:00:00Z\n    purposes: [ads]\n"))
                .containsExactly("p.yaml:7: versions[0].purposes: must map purpose ids to overrides ({} for none)");
        assertThat(problems(head + "versions:\n  - version: v1\n    from: 2025-01-01T00:00:00Z\n    purposes:\n      ads: x\n"))
                .containsExactly("p.yaml:8: versions[0].purposes.ads: must be a mapping of overrides ({} for none)");
        assertThat(problems(head + "versions:\n  - version: v1\n    purposes: {}\n")).containsExactly("p.yaml:5: versions[0].from: missing");
        assertThat(problems(head + "versions:\n  - from: 2025-01-01T00:00:00Z\n    purposes: {}\n")).containsExactly("p.yaml:5: versions[0].version: missing");
    }

    @Test
    void aPurposeListedWithoutOverrides_takesItsDefinition() {
        for (String empty : new String[] {"", " ~", " null", " {}"}) {
            Policy policy = PolicyParser.parse("p.yaml",
                    "name: p\npurposes:\n  ads: {default: on}\nversions:\n  - version: v1\n    from: 2025-01-01T00:00:00Z\n    purposes:\n      ads:" + empty + "\n");
            assertThat(policy.versions().get(0).purpose("ads").orElseThrow().defaultOn()).as("[%s]", empty).isTrue();
        }
    }

    @Test
    void versions_startStrictlyLater_thanThePreviousOne() {
        String head = "name: p\npurposes:\n  ads: {}\nversions:\n";
        String v1 = "  - version: v1\n    from: 2025-01-01T00:00:00Z\n    purposes: {}\n";
        assertThat(problems(head + v1 + v1.replace("v1", "v2")))
                .containsExactly("p.yaml:9: versions[1].from: must be later than the previous version's from (2025-01-01T00:00:00Z)");
        // A version with a broken "from" does not move the bar: the next is compared with the last valid one.
        String broken = "  - version: v2\n    from: soon\n    purposes: {}\n";
        String v3 = "  - version: v3\n    from: 2025-01-01T00:00:01Z\n    purposes: {}\n";
        assertThat(problems(head + v1 + broken + v3)).containsExactly(
                "p.yaml:9: versions[1].from: 'soon' is not an ISO-8601 instant such as 2024-09-18T00:00:00Z");
        Policy ok = PolicyParser.parse("p.yaml", head + v1 + v3);
        assertThat(ok.versions()).extracting(PolicyVersion::name).containsExactly("v1", "v3");
        assertThat(ok.versions()).extracting(PolicyVersion::ordinal).containsExactly(0, 1);
    }

    @Test
    void fieldDefaults_andTheirBounds() {
        PurposeRule defaults = ads("");
        assertThat(defaults.title()).isEqualTo("ads");
        assertThat(defaults.legalBasis()).isEqualTo("consent");
        assertThat(defaults.defaultOn()).isFalse();
        assertThat(defaults.filterSpecialCategories()).isFalse();
        assertThat(ads("title: ' '\nlegalBasis: ''").title()).isEqualTo("ads");
        assertThat(ads("title: Ads\nlegalBasis: legitimate interest").legalBasis()).isEqualTo("legitimate interest");
        assertThat(ads("title: Ads").title()).isEqualTo("Ads");
        assertThat(ads("default: on").defaultOn()).isTrue();
        assertThat(ads("default: off").defaultOn()).isFalse();
        assertThat(ads("specialCategories: filter").filterSpecialCategories()).isTrue();
        assertThat(ads("specialCategories: keep").filterSpecialCategories()).isFalse();
        assertThat(ads("minimumAge: 0").minimumAge()).isZero();
        assertThat(ads("minimumAge: 150").minimumAge()).isEqualTo(150);
        assertThat(ads("notice: {minimumVersion: v1, minimumAgeDays: 3650}").notice().minimumAge().toDays()).isEqualTo(3650);
        assertThat(ads("notice: {minimumVersion: v1}").notice()).isEqualTo(new NoticeRule("v1", java.time.Duration.ZERO));
        assertThat(ads("notice: none").notice()).isNull();
        assertThat(ads("notice: ~").notice()).isNull();
    }

    @Test
    void fieldValues_outsideTheirRange_areNamed() {
        assertThat(problems(withAds("minimumAge: 151"))).containsExactly("p.yaml:5: purposes.ads.minimumAge: must be a whole number from 0 to 150, was '151'");
        assertThat(problems(withAds("minimumAge: -1"))).containsExactly("p.yaml:5: purposes.ads.minimumAge: must be a whole number from 0 to 150, was '-1'");
        assertThat(problems(withAds("minimumAge: ten"))).containsExactly("p.yaml:5: purposes.ads.minimumAge: must be a whole number from 0 to 150, was 'ten'");
        assertThat(problems(withAds("minimumAge: [1]"))).containsExactly("p.yaml:5: purposes.ads.minimumAge: must be a whole number from 0 to 150, was 'null'");
        assertThat(problems(withAds("notice: {minimumVersion: v1, minimumAgeDays: 3651}")))
                .containsExactly("p.yaml:5: purposes.ads.notice.minimumAgeDays: must be a whole number from 0 to 3650, was '3651'");
        assertThat(problems(withAds("notice: soon")))
                .containsExactly("p.yaml:5: purposes.ads.notice: must be a mapping with minimumVersion and minimumAgeDays, or none");
        assertThat(problems(withAds("notice: {minimumAgeDays: 3}"))).containsExactly("p.yaml:5: purposes.ads.notice.minimumVersion: missing");
        assertThat(problems(withAds("specialCategories: on"))).containsExactly("p.yaml:5: purposes.ads.specialCategories: must be filter or keep, was 'on'");
        assertThat(problems(withAds("default: true"))).containsExactly("p.yaml:5: purposes.ads.default: must be on or off, was 'true'");
    }

    @Test
    void listFields_areListsOfPlainValues() {
        assertThat(problems(withAds("excludedJurisdictions: DE"))).containsExactly("p.yaml:5: purposes.ads.excludedJurisdictions: must be a list, e.g. [a, b]");
        assertThat(problems(withAds("excludedJurisdictions: [[DE]]"))).containsExactly("p.yaml:5: purposes.ads.excludedJurisdictions: list items must be plain values");
        assertThat(problems(withAds("content: {kinds: post}"))).containsExactly("p.yaml:5: purposes.ads.content.kinds: must be a list, e.g. [a, b]");
        assertThat(problems(withAds("content: [post]"))).containsExactly("p.yaml:5: purposes.ads.content: must be a mapping with kinds and visibility");
        assertThat(problems(withAds("content: {visibility: [public, secret]}")))
                .containsExactly("p.yaml:5: purposes.ads.content.visibility: unknown value 'secret'; one of [connections, private, public]");
        assertThat(ads("content: {kinds: [post, comment], visibility: [public]}").content())
                .isEqualTo(new ContentEligibility(java.util.Set.of("post", "comment"), java.util.Set.of("public")));
        assertThat(ads("excludedJurisdictions: [DE, FR]").excludedCountries()).containsExactlyInAnyOrder("DE", "FR");
        assertThat(PolicyParser.parse("p.yaml", withAds("").replace("controls: [setting]", "controls: [objection, setting, gpc]"))
                .versions().get(0).purpose("ads").orElseThrow().controls()).containsExactlyInAnyOrder(Control.OBJECTION, Control.SETTING, Control.GPC);
        assertThat(PolicyParser.parse("p.yaml", withAds("").replace("    controls: [setting]\n", "    default: on\n"))
                .versions().get(0).purpose("ads").orElseThrow().controls()).isEmpty();
    }

    @Test
    void anOverride_isReportedUnderTheVersionThatMakesIt() {
        String yaml = withAds("").replace("      ads: {}", "      ads: {default: maybe, minimumAge: 200}");
        assertThat(problems(yaml)).containsExactly(
                "p.yaml:9: versions[0].purposes.ads.default: must be on or off, was 'maybe'",
                "p.yaml:9: versions[0].purposes.ads.minimumAge: must be a whole number from 0 to 150, was '200'");
    }

    @Test
    void jurisdictionGroups_areNamedWordsThatExpandToCountries() {
        String purposes = "purposes:\n  ads:\n    excludedJurisdictions: [A]\n";
        assertThat(problems("name: p\njurisdictions: [DE]\n" + purposes + VERSIONS))
                .startsWith("p.yaml:2: jurisdictions: must map group names to lists of country codes");
        assertThat(problems("name: p\njurisdictions:\n  DE: [FR]\n  A: [FR]\n" + purposes + VERSIONS))
                .containsExactly("p.yaml:3: jurisdictions.DE: a group name is a word that is not itself a country code");
        assertThat(problems("name: p\njurisdictions:\n  9A: [FR]\n  A: [FR]\n" + purposes + VERSIONS))
                .containsExactly("p.yaml:3: jurisdictions.9A: a group name is a word that is not itself a country code");
        assertThat(problems("name: p\njurisdictions:\n  A: [FR, XX]\n" + purposes + VERSIONS))
                .containsExactly("p.yaml:3: jurisdictions.A: unknown country or group 'XX'");
        // A group reached twice by different paths is no cycle.
        Policy diamond = PolicyParser.parse("p.yaml",
                "name: p\njurisdictions:\n  A: [B, C]\n  B: [D]\n  C: [D, IS]\n  D: [FR]\n" + purposes + VERSIONS);
        assertThat(diamond.jurisdictions().get("A")).containsExactly("FR", "IS");
        assertThat(diamond.versions().get(0).purpose("ads").orElseThrow().excludedCountries()).containsExactlyInAnyOrder("FR", "IS");
        assertThat(problems("name: p\njurisdictions:\n  A: [B]\n  B: [C]\n  C: [B]\n" + purposes + VERSIONS))
                .contains("p.yaml:5: jurisdictions.C: group B includes itself");
    }

    @Test
    void sourceHash_isTheSha256OfTheText() throws Exception {
        String yaml = withAds("");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(PolicyParser.parse("p.yaml", yaml).sourceSha256()).isEqualTo(expected);
        assertThat(PolicyParser.parse("p.yaml", yaml).name()).isEqualTo("p");
    }
}
