package dev.consentry.consent.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the line parsers for imported members and events and for decision
 * queries: whatever a line holds, a parser returns a value or the problems found, and never
 * throws. Runs its seed corpus ({@code JsonLinesFuzzTestInputs/<method>/}) in every build; to fuzz,
 * see the README's testing section.
 */
@Tag("fuzz")
class JsonLinesFuzzTest {
    private final EventLineParser events = new EventLineParser();
    private final MemberLineParser members = new MemberLineParser();
    private final QueryLineParser queries = new QueryLineParser();

    // Keys and values the parser branches on, so the fuzzer reaches field checks rather than only JSON syntax.
    @DictionaryEntries({"\"type\":", "\"member\":", "\"at\":", "\"id\":", "\"source\":", "\"purpose\":", "\"enabled\":",
            "\"policyVersion\":", "\"channel\":", "\"objection\":", "\"purposes\":", "\"statement\":", "\"outcome\":",
            "\"explanation\":", "\"country\":", "\"setting\"", "\"notice\"", "\"objection-filed\"", "\"objection-decided\"",
            "\"objection-withdrawn\"", "\"gpc\"", "\"relocation\"", "\"erasure\"", "\"upheld\"", "\"2025-01-01T00:00:00Z\"", "null"})
    @FuzzTest(maxDuration = "2m")
    void eventLine(byte[] line) {
        assertThat(events.parse(text(line))).isNotNull();
    }

    @DictionaryEntries({"\"id\":", "\"country\":", "\"region\":", "\"birthDate\":", "\"name\":", "\"handles\":",
            "\"1990-04-01\"", "\"US-CA\"", "null"})
    @FuzzTest(maxDuration = "2m")
    void memberLine(byte[] line) {
        assertThat(members.parse(text(line))).isNotNull();
    }

    @DictionaryEntries({"\"member\":", "\"purpose\":", "\"at\":", "\"2025-02-01T00:00:00Z\"", "null"})
    @FuzzTest(maxDuration = "2m")
    void queryLine(byte[] line) {
        assertThat(queries.parse(text(line))).isNotNull();
    }

    /** Lines reach the parsers decoded; bytes that are not UTF-8 are refused before. */
    private static String text(byte[] line) {
        return new String(line, StandardCharsets.UTF_8);
    }
}
