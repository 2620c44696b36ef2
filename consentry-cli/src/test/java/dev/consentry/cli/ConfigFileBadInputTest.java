package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless policy files and redaction configs, through the command line: keys given
 * twice, unknown keys, a byte order mark, bytes that are not UTF-8. Each problem is listed as
 * {@code FILE:LINE: path: message}, all at once, with exit status 2 and no stack trace.
 */
class ConfigFileBadInputTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    private Path file(String name, String... lines) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return path;
    }

    private Path bytes(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        Path path = folder.resolve(name);
        Files.write(path, content.toByteArray());
        return path;
    }

    private static byte[] utf8(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(Cli.Result result, String... errLines) {
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(result.err().split("\n")).containsExactly(errLines);
    }

    // ---- policy ----

    private static final String[] POLICY = {
        "name: strict",
        "purposes:",
        "  genai-training:",
        "    controls: [setting]",
        "    default: off",
        "versions:",
        "  - {version: v1, from: \"2020-01-01T00:00:00Z\", purposes: {genai-training: {}}}"};

    private Cli.Result policyShow(Path policy) {
        return Cli.run("policy", "show", "--policy", policy.toString());
    }

    @Test
    void aPolicyKeyGivenTwiceIsRefusedNotTheLastTaken() throws IOException {
        Path policy = file("twice.yaml", POLICY[0], POLICY[1], POLICY[2], POLICY[3], POLICY[4], "    default: on", POLICY[5], POLICY[6]);
        assertRefused(policyShow(policy), policy + ":6: purposes.genai-training.default: given twice (first on line 5)");
    }

    @Test
    void aMisspeltPolicyKeySuggestsTheKnownOne() throws IOException {
        Path policy = file("typo.yaml", POLICY[0], POLICY[1], POLICY[2], POLICY[3], POLICY[4], "    minimumage: 18", POLICY[5], POLICY[6]);
        assertRefused(policyShow(policy), policy + ":6: purposes.genai-training.minimumage: unknown key (did you mean 'minimumAge'?); expected one of "
                + "[content, controls, default, excludedJurisdictions, legalBasis, minimumAge, notice, specialCategories, title]");
    }

    @Test
    void aPolicyMayStartWithAByteOrderMarkButHoldNoOtherOne() throws IOException {
        Cli.Result accepted = policyShow(bytes("bom.yaml", BOM, utf8(POLICY)));
        assertThat(accepted.err()).isEmpty();
        assertThat(accepted.status()).isZero();
        assertThat(accepted.out()).startsWith("policy strict");

        Path midFile = bytes("bom-mid.yaml", utf8(POLICY[0], POLICY[1], POLICY[2], POLICY[3]), BOM, utf8(POLICY[4], POLICY[5], POLICY[6]));
        assertRefused(policyShow(midFile), midFile + ":5: a byte order mark (U+FEFF) is allowed only at the start of the file");
    }

    @Test
    void invalidUtf8InAPolicyDoesNotHideItsOtherProblems() throws IOException {
        Path policy = bytes("binary.yaml", utf8(POLICY[0]), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'},
                utf8(POLICY[1], POLICY[2], POLICY[3], "    default: sometimes", POLICY[5], POLICY[6]));
        assertRefused(policyShow(policy),
                policy + ":2: not valid UTF-8",
                policy + ":6: purposes.genai-training.default: must be on or off, was 'sometimes'");
    }

    // ---- redaction config ----

    private Cli.Result redact(Path config) throws IOException {
        Path input = file("posts.jsonl", "{\"id\":\"c-1\",\"text\":\"mail jane.doe@example.com\"}");
        return Cli.run("redact", "--input", input.toString(), "--output", folder.resolve("clean.jsonl").toString(), "--quiet", "--config", config.toString());
    }

    private void assertRedactRefused(Cli.Result result, String... errLines) {
        assertRefused(result, errLines);
        assertThat(folder.resolve("clean.jsonl")).doesNotExist();
    }

    @Test
    void aRedactionConfigKeyGivenTwiceIsRefusedAtEveryLevel() throws IOException {
        Path config = file("twice.yaml",
                "default_min_score: 0.9",
                "default_min_score: 0.1",
                "min_scores:",
                "  PERSON: 0.6",
                "  PERSON: 0.9",
                "  EMAIL_ADDRESS: 0.5",
                "  email_address: 0.7");
        assertRedactRefused(redact(config),
                config + ":2: default_min_score: given twice (first on line 1)",
                config + ":5: min_scores.PERSON: given twice (first on line 4)",
                config + ":7: min_scores.email_address: EMAIL_ADDRESS is given twice (type names ignore case)");
    }

    @Test
    void anUnknownRedactionConfigKeyIsRefusedWithItsLine() throws IOException {
        Path config = file("typo.yaml",
                "enabled: [EMAIL_ADDRESS]",
                "allowList: [Consentry]",
                "deny_list:",
                "  PERSON: [codename]",
                "  TELEPATHY: [x]");
        assertRedactRefused(redact(config),
                config + ":2: allowList: unknown key (did you mean 'allow_list'?); expected one of enabled, default_min_score, min_scores, "
                        + "context_words, allow_list, deny_list",
                config + ":5: deny_list.TELEPATHY: unknown entity type 'TELEPATHY' (expected one of [PERSON, EMAIL_ADDRESS, PHONE_NUMBER, "
                        + "CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS, URL, STREET_ADDRESS, DATE_OF_BIRTH, SOCIAL_HANDLE, CRYPTO])");
    }

    @Test
    void listItemsAreNamedByPosition() throws IOException {
        Path config = file("items.yaml", "enabled:", "  - EMAIL_ADDRESS", "  - EMAIL", "allow_list: [ok, '']");
        assertRedactRefused(redact(config),
                config + ":3: enabled[1]: unknown entity type 'EMAIL' (expected one of [PERSON, EMAIL_ADDRESS, PHONE_NUMBER, "
                        + "CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS, URL, STREET_ADDRESS, DATE_OF_BIRTH, SOCIAL_HANDLE, CRYPTO])",
                config + ":4: allow_list[1]: expected a non-blank string");
    }

    @Test
    void aRedactionConfigMayStartWithAByteOrderMarkButHoldNoOtherOne() throws IOException {
        Cli.Result accepted = redact(bytes("bom.yaml", BOM, utf8("enabled: [EMAIL_ADDRESS]", "allow_list: [yes, on]")));
        assertThat(accepted.err()).isEmpty();
        assertThat(accepted.status()).isZero();
        assertThat(Files.readString(folder.resolve("clean.jsonl"))).contains("mail <EMAIL_ADDRESS>");
        Files.delete(folder.resolve("clean.jsonl"));

        Path midFile = bytes("bom-mid.yaml", utf8("enabled: [EMAIL_ADDRESS]"), BOM, utf8("allow_list: [x]"));
        assertRedactRefused(redact(midFile), midFile + ":2: a byte order mark (U+FEFF) is allowed only at the start of the file");
    }

    @Test
    void invalidUtf8InARedactionConfigDoesNotHideItsOtherProblems() throws IOException {
        Path config = bytes("binary.yaml", utf8("default_min_score: 3"), new byte[] {'#', (byte) 0xFF, '\n'}, utf8("colour: blue"));
        assertRedactRefused(redact(config),
                config + ":2: not valid UTF-8",
                config + ":1: default_min_score: expected a number in [0, 1], was '3.0'",
                config + ":3: colour: unknown key; expected one of enabled, default_min_score, min_scores, context_words, allow_list, deny_list");
    }

    @Test
    void escapedControlCharactersAndLoneSurrogatesInAConfigAreRefused() throws IOException {
        Path config = file("escapes.yaml", "allow_list: [\"ok\", \"a\\0b\"]", "deny_list: {PERSON: [\"x\\ud800\"]}");
        assertRedactRefused(redact(config),
                config + ":1: allow_list[1]: holds a control character (U+0000) at position 2",
                config + ":2: deny_list.PERSON[0]: holds an unpaired surrogate (U+D800) at position 2");
    }

    @Test
    void anAliasToItsOwnParentIsRefused() throws IOException {
        Path config = file("cycle.yaml", "allow_list: &a [x, *a]");
        assertRedactRefused(redact(config),
                config + ":1: allow_list[1]: an alias to a value that holds it (it would never end)",
                config + ":1: allow_list[1]: expected a non-blank string");
    }
}
