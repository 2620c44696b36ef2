package dev.consentry.consent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the policy parser: any text is a policy or a {@link PolicyException}
 * listing its problems, never another exception. Runs its seed corpus
 * ({@code PolicyParserFuzzTestInputs/parse/}) in every build; to fuzz, see the README's testing section.
 */
@Tag("fuzz")
class PolicyParserFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] yaml) {
        try {
            assertThat(PolicyParser.parse("policy.yaml", new String(yaml, StandardCharsets.UTF_8))).isNotNull();
        } catch (PolicyException expected) {
            assertThat(expected.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith("policy.yaml:"));
        }
    }
}
