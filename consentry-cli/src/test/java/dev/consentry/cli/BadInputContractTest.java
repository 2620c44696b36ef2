package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.consentry.store.Dialect;
import dev.consentry.store.TestDatabase;

/**
 * Hostile and careless input to members, events and queries, through the command line, on SQLite and
 * PostgreSQL: each bad line is refused with {@code FILE:LINE: message} naming the field, exit status 2,
 * no stack trace, the same message on both databases, and nothing written. Grows with every case found.
 */
abstract class BadInputContractTest {
    private static final String GOOD_GPC = "{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-05-01T00:00:00Z\"}";

    @TempDir
    Path folder;
    TestDatabase database;

    abstract Dialect dialect();

    @BeforeEach
    void open() throws IOException {
        database = TestDatabase.create(dialect(), folder);
        Cli.Result members = importMembers(file("members.jsonl",
                "{\"id\":\"m-1\",\"country\":\"US\",\"birthDate\":\"1990-04-01\"}",
                "{\"id\":\"m-2\",\"country\":\"DE\"}"));
        assertThat(members.err()).isEmpty();
        Cli.Result events = importEvents(file("events.jsonl",
                "{\"type\":\"objection-filed\",\"member\":\"m-2\",\"objection\":\"obj-7\",\"purposes\":[\"personalization\"],\"at\":\"2025-01-01T00:00:00Z\"}"));
        assertThat(events.err()).isEmpty();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path file(String name, String... lines) throws IOException {
        return bytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, content);
        return path;
    }

    private Cli.Result run(String... args) {
        return Cli.run(List.of(args), "--db", database.url());
    }

    private Cli.Result importMembers(Path file) {
        return run("import", "members", file.toString());
    }

    private Cli.Result importEvents(Path file) {
        return run("import", "events", file.toString());
    }

    private String state() {
        return database.queryText("SELECT COUNT(*) || '/' || COALESCE(MAX(id), '') FROM members") + " "
                + database.queryText("SELECT COUNT(*) || '/' || MAX(seq) || '/' || MAX(hash) FROM ledger") + " "
                + database.queryText("SELECT COUNT(*) FROM imports");
    }

    private static final String NOTHING_IMPORTED = "nothing imported: fix the lines above and import the file again";

    /** Exit 2, stderr exactly the given lines, nothing on stdout, no stack trace, nothing written. */
    private void assertRefused(Cli.Result result, String before, String... errLines) {
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).doesNotContain("Exception", "\tat ", "jdbi", "SQL");
        assertThat(result.err().split("\n")).containsExactly(errLines);
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt birthDate          | {"id":"m-3","country":"US","birthdate":"2015-01-01"}          | unknown field 'birthdate' (did you mean 'birthDate'?)
            unknown field               | {"id":"m-3","country":"US","shoe":44}                         | unknown field 'shoe' (known fields: id, country, region, birthDate, name, handles)
            key given twice             | {"id":"m-999","id":"m-1","country":"US"}                      | field 'id' is given twice
            NUL in the id               | {"id":"m-\\u0000","country":"US"}                              | field 'id' holds a control character (U+0000) at position 3
            NUL in the name             | {"id":"m-3","country":"US","name":"Jane\\u0000Doe"}            | field 'name' holds a control character (U+0000) at position 5
            NUL in a handle             | {"id":"m-3","country":"US","handles":["\\u0000"]}              | field 'handles' item 1 holds a control character (U+0000) at position 1
            NUL in the region           | {"id":"m-3","country":"US","region":"\\u0000"}                 | field 'region' holds a control character (U+0000) at position 1
            lone surrogate in the id    | {"id":"m-\\ud800","country":"US"}                              | field 'id' holds an unpaired surrogate (U+D800) at position 3
            lone surrogate in the name  | {"id":"m-3","country":"US","name":"\\udc00"}                   | field 'name' holds an unpaired surrogate (U+DC00) at position 1
            escape in the id            | {"id":"m-3\\u001b[2J","country":"US"}                          | field 'id' holds a control character (U+001B) at position 4
            """)
    void badMemberLines(String kind, String line, String problem) throws IOException {
        String before = state();
        Path members = file("bad-members.jsonl", "{\"id\":\"m-4\",\"country\":\"FR\"}", line);
        assertRefused(importMembers(members), before, members + ":2: " + problem, NOTHING_IMPORTED);
    }

    @Test
    void aTenThousandCharacterIdIsRefusedAlikeOnBothDatabases() throws IOException {
        String before = state();
        String id = "m".repeat(10_000);
        Path members = file("long.jsonl", "{\"id\":\"" + id + "\",\"country\":\"US\"}");
        assertRefused(importMembers(members), before, members + ":1: field 'id' is longer than 256 characters (10000)", NOTHING_IMPORTED);
        Path events = file("long-events.jsonl",
                "{\"type\":\"gpc\",\"member\":\"" + id + "\",\"at\":\"2025-01-01T00:00:00Z\"}",
                "{\"type\":\"objection-filed\",\"member\":\"m-1\",\"objection\":\"" + id + "\",\"purposes\":[\"moderation\"],\"at\":\"2025-01-01T00:00:00Z\"}");
        assertRefused(importEvents(events), before,
                events + ":1: field 'member' is longer than 256 characters (10000)",
                events + ":2: field 'objection' is longer than 256 characters (10000)", NOTHING_IMPORTED);
    }

    @Test
    void anIdOfExactlyTheLimitIsStoredOnBothDatabases() throws IOException {
        String id = "m".repeat(256);
        assertThat(importMembers(file("limit.jsonl", "{\"id\":\"" + id + "\",\"country\":\"US\"}")).status()).isZero();
        Cli.Result events = importEvents(file("limit-events.jsonl",
                "{\"type\":\"objection-filed\",\"member\":\"" + id + "\",\"objection\":\"" + "o".repeat(256) + "\",\"purposes\":[\"moderation\"],"
                        + "\"statement\":\"" + "long statement ".repeat(2_000) + "\",\"at\":\"2025-01-01T00:00:00Z\"}"));
        assertThat(events.err()).isEmpty();
        assertThat(events.status()).isZero();
        assertThat(run("ledger", "verify").status()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            member given twice        | {"type":"gpc","member":"m-999","member":"m-1","at":"2025-01-01T00:00:00Z"}  | field 'member' is given twice
            field of another type     | {"type":"gpc","member":"m-1","enabled":false,"at":"2025-01-01T00:00:00Z"}   | unknown field 'enabled' (known fields: type, at, id, source, member)
            NUL in the member         | {"type":"gpc","member":"m-1\\u0000","at":"2025-01-01T00:00:00Z"}             | field 'member' holds a control character (U+0000) at position 4
            NUL in the statement      | {"type":"objection-filed","member":"m-1","objection":"o-9","purposes":["moderation"],"statement":"\\u0000","at":"2025-01-01T00:00:00Z"} | field 'statement' holds a control character (U+0000) at position 1
            NUL in the objection id   | {"type":"objection-withdrawn","objection":"obj-7\\u0000","at":"2025-01-01T00:00:00Z"} | field 'objection' holds a control character (U+0000) at position 6
            NUL in the event id       | {"type":"gpc","member":"m-1","id":"\\u0000","at":"2025-01-01T00:00:00Z"}     | field 'id' holds a control character (U+0000) at position 1
            NUL in the source         | {"type":"gpc","member":"m-1","source":"\\u0000","at":"2025-01-01T00:00:00Z"} | field 'source' holds a control character (U+0000) at position 1
            NUL in the explanation    | {"type":"objection-decided","objection":"obj-7","outcome":"upheld","explanation":"\\u0000","at":"2025-01-01T00:00:00Z"} | field 'explanation' holds a control character (U+0000) at position 1
            lone surrogate            | {"type":"objection-filed","member":"m-1","objection":"o-9","purposes":["moderation"],"statement":"\\ud83d","at":"2025-01-01T00:00:00Z"} | field 'statement' holds an unpaired surrogate (U+D83D) at position 1
            """)
    void badEventLines(String kind, String line, String problem) throws IOException {
        String before = state();
        Path events = file("bad-events.jsonl", GOOD_GPC, line, GOOD_GPC);
        assertRefused(importEvents(events), before, events + ":2: " + problem, NOTHING_IMPORTED);
    }

    @Test
    void aMisspeltEventFieldNamesBothTheMissingAndTheUnknownOne() throws IOException {
        String before = state();
        Path events = file("typo.jsonl", "{\"type\":\"setting\",\"member\":\"m-1\",\"purpose\":\"genai-training\",\"enabeld\":false,\"at\":\"2025-01-01T00:00:00Z\"}");
        assertRefused(importEvents(events), before,
                events + ":1: missing field 'enabled'",
                events + ":1: unknown field 'enabeld' (did you mean 'enabled'?)",
                NOTHING_IMPORTED);
    }

    @Test
    void invalidUtf8DoesNotHideTheOtherProblems() throws IOException {
        String before = state();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"yesterday\"}\n".getBytes(StandardCharsets.UTF_8));
        content.writeBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        content.writeBytes((GOOD_GPC + "\n{\"type\":\"gpc\",\"member\":\"m-404\",\"at\":\"2025-01-01T00:00:00Z\"}\n").getBytes(StandardCharsets.UTF_8));
        content.writeBytes(new byte[] {(byte) 0xFF, '\n'});
        Path events = bytes("mixed.jsonl", content.toByteArray());
        assertRefused(importEvents(events), before,
                events + ":1: field 'at' is not an ISO-8601 instant with an offset, e.g. 2025-02-01T00:00:00Z: 'yesterday'",
                events + ":2: not valid UTF-8",
                events + ":4: unknown member 'm-404'; import it with 'consentry import members' first",
                events + ":5: not valid UTF-8",
                NOTHING_IMPORTED);
    }

    @Test
    void aByteOrderMarkIsAcceptedAtTheStartOfTheFileOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream good = new ByteArrayOutputStream();
        good.writeBytes(bom);
        good.writeBytes("{\"id\":\"m-5\",\"country\":\"US\"}\n".getBytes(StandardCharsets.UTF_8));
        Cli.Result accepted = importMembers(bytes("bom.jsonl", good.toByteArray()));
        assertThat(accepted.err()).isEmpty();
        assertThat(accepted.out()).contains("imported 1 members");
        assertThat(database.queryText("SELECT id FROM members WHERE id = 'm-5'")).isEqualTo("m-5");

        ByteArrayOutputStream events = new ByteArrayOutputStream();
        events.writeBytes(bom);
        events.writeBytes((GOOD_GPC + "\n").getBytes(StandardCharsets.UTF_8));
        events.writeBytes(bom);
        events.writeBytes((GOOD_GPC + "\n").getBytes(StandardCharsets.UTF_8));
        String before = state();
        Path midFile = bytes("bom-twice.jsonl", events.toByteArray());
        assertRefused(importEvents(midFile), before,
                midFile + ":2: starts with a byte order mark (U+FEFF), allowed only at the start of a file",
                NOTHING_IMPORTED);
    }

    @Test
    void controlCharactersInEchoedValuesAreEscaped() throws IOException {
        String before = state();
        Path members = file("escape.jsonl", "{\"id\":\"m-6\",\"country\":\"US\",\"x\\u001b[2J\\r\":1}");
        Cli.Result result = importMembers(members);
        assertRefused(result, before, members + ":1: unknown field 'x\\u001B[2J\\u000D' (known fields: id, country, region, birthDate, name, handles)",
                NOTHING_IMPORTED);
        assertThat(result.err()).doesNotContain("\u001b", "\r");

        Cli.Result show = run("ledger", "show", "--member", "m-1\u001b]0;owned\u0007");
        assertThat(show.status()).isEqualTo(2);
        assertThat(show.err()).startsWith("member 'm-1\\u001B]0;owned\\u0007' is not in the registry").doesNotContain("\u001b", "\u0007");

        Cli.Result option = run("decide", "--queries", "q.jsonl", "--bogus\u001b[31m");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).contains("--bogus\\u001B[31m").doesNotContain("\u001b");

        Cli.Result missing = importEvents(folder.resolve("no\u001bfile.jsonl"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no\\u001Bfile.jsonl: no such file").doesNotContain("\u001b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field       | {"member":"m-1","purpose":"genai-training","at":"2025-02-01T00:00:00Z","ref":42}     | unknown field 'ref' (known fields: member, purpose, at, id)
            member given twice  | {"member":"m-999","member":"m-1","purpose":"genai-training","at":"2025-02-01T00:00:00Z"} | field 'member' is given twice
            NUL in the member   | {"member":"m-1\\u0000","purpose":"genai-training","at":"2025-02-01T00:00:00Z"}        | field 'member' holds a control character (U+0000) at position 4
            lone surrogate      | {"member":"\\ud800","purpose":"genai-training","at":"2025-02-01T00:00:00Z"}          | field 'member' holds an unpaired surrogate (U+D800) at position 1
            """)
    void badQueryLines(String kind, String line, String problem) throws IOException {
        String before = state();
        Path queries = file("bad-queries.jsonl", "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}", line);
        Cli.Result result = run("decide", "--queries", queries.toString());
        assertRefused(result, before, queries + ":2: " + problem, "no query answered: fix the lines above");
    }

    @Test
    void aTenThousandCharacterQueryIdIsRefused() throws IOException {
        Path queries = file("long-queries.jsonl", "{\"member\":\"" + "m".repeat(10_000) + "\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}");
        assertRefused(run("decide", "--queries", queries.toString()), state(),
                queries + ":1: field 'member' is longer than 256 characters (10000)", "no query answered: fix the lines above");
    }

    @Test
    void aQueryIdIsRepeatedInTheAnswer() throws IOException {
        Path queries = file("id-queries.jsonl", "{\"id\":\"q-1\",\"member\":\"m-1\",\"purpose\":\"moderation\",\"at\":\"2025-02-01T00:00:00Z\"}");
        Cli.Result result = run("decide", "--queries", queries.toString());
        assertThat(result.err()).isEmpty();
        assertThat(result.out().trim()).isEqualTo(
                "{\"id\":\"q-1\",\"member\":\"m-1\",\"purpose\":\"moderation\",\"at\":\"2025-02-01T00:00:00Z\",\"allowed\":true,\"reason\":\"ALLOWED_BY_DEFAULT\"}");
    }

    @Test
    void aPolicyWithADuplicateKeyWritesNothing() throws IOException {
        String before = state();
        Path policy = file("policy.yaml",
                "name: strict",
                "purposes:",
                "  genai-training:",
                "    controls: [setting]",
                "    default: off",
                "    default: on",
                "versions:",
                "  - {version: v1, from: \"2020-01-01T00:00:00Z\", purposes: {genai-training: {}}}");
        Cli.Result result = run("import", "events", file("ok.jsonl", GOOD_GPC).toString(), "--policy", policy.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().trim()).isEqualTo(policy + ":6: purposes.genai-training.default: given twice (first on line 5)");
        assertThat(state()).isEqualTo(before);
    }
}
