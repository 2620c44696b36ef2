package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Text a policy may hold, wherever it stands (a value, a list item, a key), and the YAML it may use. */
class PolicyTextRulesTest {
    private static final String POLICY = """
            name: p
            purposes:
              ads:
                controls: [setting]
            versions:
              - version: v1
                from: 2025-01-01T00:00:00Z
                purposes:
                  ads: {}
            """;

    private static List<String> problems(String yaml) {
        return catchThrowableOfType(PolicyException.class, () -> PolicyParser.parse("p.yaml", yaml)).problems();
    }

    @Test
    void aControlCharacterInAListItemIsRefusedAtItsPath() {
        assertThat(problems(POLICY.replace("controls: [setting]", "controls: [\"set\\ating\"]")))
                .contains("p.yaml:4: purposes.ads.controls[0]: holds a control character (U+0007) at position 4");
    }

    @Test
    void aControlCharacterInAKeyIsRefusedAtItsPath() {
        assertThat(problems(POLICY.replace("    controls:", "    \"con\\atrols\":")))
                .contains("p.yaml:4: purposes.ads.con\u0007trols: holds a control character (U+0007) at position 4");
    }

    @Test
    void moreThanTenAliasesToACollectionAreRefusedAsInvalidYaml() {
        String aliases = "x: &l [a]\ny: [" + "*l, ".repeat(10) + "*l]\n";
        List<String> problems = problems(POLICY + aliases);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("p.yaml:").contains("not valid YAML");
        // ten are still YAML: the policy is then refused for its unknown keys, not as YAML
        assertThat(problems(POLICY + "x: &l [a]\ny: [" + "*l, ".repeat(9) + "*l]\n")).noneMatch(p -> p.contains("not valid YAML"));
    }
}
