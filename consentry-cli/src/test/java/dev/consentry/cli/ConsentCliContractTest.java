package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.consentry.store.Dialect;
import dev.consentry.store.TestDatabase;

/**
 * The consent commands end to end, through the same entry point as the shell, on SQLite and on
 * PostgreSQL. Every rejected import must leave the registry and the ledger exactly as they were.
 */
abstract class ConsentCliContractTest {
    @TempDir
    Path folder;
    TestDatabase database;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        database = TestDatabase.create(dialect(), folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> db() {
        return List.of("--db", database.url());
    }

    private Path file(String name, String... lines) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return path;
    }

    private Cli.Result importMembers(Path file) {
        return Cli.run(List.of("import", "members", file.toString()), db().toArray(String[]::new));
    }

    private Cli.Result importEvents(Path file) {
        return Cli.run(List.of("import", "events", file.toString()), db().toArray(String[]::new));
    }

    private void standardMembers() throws IOException {
        Cli.Result result = importMembers(file("members.jsonl",
                "{\"id\":\"m-1\",\"country\":\"US\",\"region\":\"US-CA\",\"birthDate\":\"1990-04-01\",\"name\":\"Jane Doe\",\"handles\":[\"janedoe\"]}",
                "{\"id\":\"m-2\",\"country\":\"DE\"}",
                "{\"id\":\"m-3\",\"country\":\"US\",\"birthDate\":\"2010-01-01\"}"));
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("imported 3 members");
    }

    private void standardEvents() throws IOException {
        Cli.Result result = importEvents(file("events.jsonl",
                "{\"type\":\"notice\",\"member\":\"m-1\",\"policyVersion\":\"2024-09-18\",\"channel\":\"email\",\"at\":\"2024-09-18T12:00:00Z\"}",
                "{\"type\":\"setting\",\"member\":\"m-1\",\"purpose\":\"genai-training\",\"enabled\":false,\"at\":\"2025-03-01T00:00:00Z\",\"source\":\"settings-page\"}",
                "{\"type\":\"objection-filed\",\"member\":\"m-2\",\"objection\":\"obj-7\",\"purposes\":[\"personalization\"],\"statement\":\"no\",\"at\":\"2025-01-01T00:00:00Z\"}",
                "{\"type\":\"objection-decided\",\"objection\":\"obj-7\",\"outcome\":\"upheld\",\"explanation\":\"ok\",\"at\":\"2025-01-10T00:00:00Z\"}",
                "{\"type\":\"gpc\",\"member\":\"m-3\",\"at\":\"2025-01-01T00:00:00Z\"}",
                "{\"type\":\"relocation\",\"member\":\"m-2\",\"country\":\"BR\",\"at\":\"2025-06-01T00:00:00Z\"}"));
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("imported 6 events from ").contains("ledger entries 1-6");
        assertThat(result.status()).isZero();
    }

    @Test
    void decideAnswersInQueryOrderWithReasons() throws IOException {
        standardMembers();
        standardEvents();
        Path queries = file("queries.jsonl",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2024-10-01T00:00:00Z\"}",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2024-10-18T12:00:00Z\",\"id\":\"q-2\"}",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-03-01T00:00:00Z\"}",
                "{\"member\":\"m-2\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}",
                "{\"member\":\"m-2\",\"purpose\":\"personalization\",\"at\":\"2025-02-01T00:00:00Z\"}",
                "{\"member\":\"m-2\",\"purpose\":\"moderation\",\"at\":\"2025-02-01T00:00:00+01:00\"}",
                "{\"member\":\"m-3\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}",
                "{\"member\":\"m-9\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}",
                "{\"member\":\"m-1\",\"purpose\":\"ads\",\"at\":\"2025-02-01T00:00:00Z\"}",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2024-01-01T00:00:00Z\"}");
        Cli.Result result = Cli.run(List.of("decide", "--queries", queries.toString()), db().toArray(String[]::new));
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2024-10-01T00:00:00Z\",\"allowed\":false,\"reason\":\"NOTICE_PENDING\"}",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2024-10-18T12:00:00Z\",\"id\":\"q-2\",\"allowed\":true,\"reason\":\"ALLOWED_BY_DEFAULT\"}",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-03-01T00:00:00Z\",\"allowed\":false,\"reason\":\"OPTED_OUT\"}",
                "{\"member\":\"m-2\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\",\"allowed\":false,\"reason\":\"JURISDICTION_EXCLUDED\"}",
                "{\"member\":\"m-2\",\"purpose\":\"personalization\",\"at\":\"2025-02-01T00:00:00Z\",\"allowed\":false,\"reason\":\"OBJECTION_UPHELD\"}",
                "{\"member\":\"m-2\",\"purpose\":\"moderation\",\"at\":\"2025-02-01T00:00:00+01:00\",\"allowed\":true,\"reason\":\"ALLOWED_BY_DEFAULT\"}",
                "{\"member\":\"m-3\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\",\"allowed\":false,\"reason\":\"MINOR\"}",
                "{\"member\":\"m-9\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\",\"allowed\":false,\"reason\":\"UNKNOWN_MEMBER\"}",
                "{\"member\":\"m-1\",\"purpose\":\"ads\",\"at\":\"2025-02-01T00:00:00Z\",\"allowed\":false,\"reason\":\"NOT_IN_POLICY\"}",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2024-01-01T00:00:00Z\",\"allowed\":false,\"reason\":\"NOT_IN_POLICY\"}");
    }

    @Test
    void reimportingMembersUpdatesThem() throws IOException {
        standardMembers();
        assertThat(importMembers(file("again.jsonl", "{\"id\":\"m-2\",\"country\":\"BR\"}")).status()).isZero();
        Path queries = file("q.jsonl", "{\"member\":\"m-2\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}");
        assertThat(Cli.run(List.of("decide", "--queries", queries.toString()), db().toArray(String[]::new)).out()).contains("NOTICE_PENDING");
    }

    /** Each kind of bad line, alone in an otherwise good file: the file is rejected and nothing is written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON               | {"type":"gpc",                                                                            | not valid JSON
            not an object          | [1,2]                                                                                     | not a JSON object
            missing type           | {"member":"m-1","at":"2025-01-01T00:00:00Z"}                                              | missing field 'type'
            unknown type           | {"type":"consent","member":"m-1","at":"2025-01-01T00:00:00Z"}                             | unknown event type 'consent'
            missing at             | {"type":"gpc","member":"m-1"}                                                             | missing field 'at'
            bad instant            | {"type":"gpc","member":"m-1","at":"yesterday"}                                            | field 'at' is not an ISO-8601 instant
            instant without zone   | {"type":"gpc","member":"m-1","at":"2025-01-01T00:00:00"}                                  | field 'at' is not an ISO-8601 instant
            missing member         | {"type":"gpc","at":"2025-01-01T00:00:00Z"}                                                | missing field 'member'
            member not a string    | {"type":"gpc","member":17,"at":"2025-01-01T00:00:00Z"}                                    | field 'member' must be a non-empty string
            unknown member         | {"type":"gpc","member":"m-99","at":"2025-01-01T00:00:00Z"}                                | unknown member 'm-99'
            enabled not boolean    | {"type":"setting","member":"m-1","purpose":"genai-training","enabled":"no","at":"2025-01-01T00:00:00Z"} | field 'enabled' must be true or false
            unknown purpose        | {"type":"setting","member":"m-1","purpose":"ads","enabled":false,"at":"2025-01-01T00:00:00Z"} | unknown purpose 'ads'
            purpose without setting| {"type":"setting","member":"m-1","purpose":"moderation","enabled":false,"at":"2025-01-01T00:00:00Z"} | purpose 'moderation': members cannot set it
            unknown policy version | {"type":"notice","member":"m-1","policyVersion":"2023-01-01","at":"2025-01-01T00:00:00Z"} | unknown policy version '2023-01-01'
            objection to genai     | {"type":"objection-filed","member":"m-1","objection":"o-1","purposes":["genai-training"],"at":"2025-01-01T00:00:00Z"} | purpose 'genai-training': it takes no objection
            objection no purposes  | {"type":"objection-filed","member":"m-1","objection":"o-1","purposes":[],"at":"2025-01-01T00:00:00Z"} | field 'purposes' must not be empty
            duplicate objection    | {"type":"objection-filed","member":"m-2","objection":"obj-7","purposes":["moderation"],"at":"2025-01-01T00:00:00Z"} | objection 'obj-7' was already filed
            unknown objection      | {"type":"objection-decided","objection":"obj-8","outcome":"upheld","at":"2025-01-01T00:00:00Z"} | unknown objection 'obj-8'
            bad outcome            | {"type":"objection-decided","objection":"obj-7","outcome":"maybe","at":"2025-01-01T00:00:00Z"} | field 'outcome' must be "upheld" or "rejected"
            bad country            | {"type":"relocation","member":"m-1","country":"Germany","at":"2025-01-01T00:00:00Z"}      | field 'country' is not an ISO 3166-1 alpha-2 code
            """)
    void eachKindOfBadLineRejectsTheWholeFile(String kind, String badLine, String message) throws IOException {
        standardMembers();
        standardEvents();
        String headBefore = database.queryText("SELECT MAX(seq) || ':' || MAX(hash) FROM ledger");
        Path events = file("bad.jsonl",
                "{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-05-01T00:00:00Z\"}",
                badLine,
                "{\"type\":\"erasure\",\"member\":\"m-2\",\"at\":\"2025-05-01T00:00:00Z\"}");
        Cli.Result result = importEvents(events);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(events + ":2: " + message).contains("nothing imported").doesNotContain(":1:", ":3:", "Exception");
        assertThat(database.queryText("SELECT COUNT(*) FROM ledger")).isEqualTo("6");
        assertThat(database.queryText("SELECT MAX(seq) || ':' || MAX(hash) FROM ledger")).isEqualTo(headBefore);
        assertThat(Cli.run(List.of("ledger", "verify"), db().toArray(String[]::new)).status()).isZero();
    }

    @Test
    void everyBadLineIsListedUpToFifty() throws IOException {
        standardMembers();
        String[] lines = new String[120];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i % 2 == 0 ? "{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-01-01T00:00:00Z\"}" : "{\"type\":\"gpc\",\"member\":\"nobody\",\"at\":\"x\"}";
        }
        Cli.Result result = importEvents(file("many.jsonl", lines));
        assertThat(result.status()).isEqualTo(2);
        List<String> err = List.of(result.err().split("\n"));
        assertThat(err).hasSize(52);
        assertThat(err.get(0)).endsWith("many.jsonl:2: field 'at' is not an ISO-8601 instant with an offset, e.g. 2025-02-01T00:00:00Z: 'x'");
        assertThat(err.get(1)).endsWith("many.jsonl:4: field 'at' is not an ISO-8601 instant with an offset, e.g. 2025-02-01T00:00:00Z: 'x'");
        assertThat(err.get(50)).isEqualTo("... and 10 more");
        assertThat(database.queryText("SELECT COUNT(*) FROM ledger")).isEqualTo("0");
    }

    @Test
    void badMemberLinesRejectTheFileAndKeepTheRegistry() throws IOException {
        standardMembers();
        Path members = file("members2.jsonl",
                "{\"id\":\"m-4\",\"country\":\"FR\"}",
                "{\"id\":\"m-5\"}",
                "{\"id\":\"m-1\",\"country\":\"XX\",\"birthDate\":\"01/02/1990\"}",
                "{\"id\":\"m-6\",\"country\":\"US\",\"handles\":\"janedoe\"}");
        Cli.Result result = importMembers(members);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().split("\n")).containsExactly(
                members + ":2: missing field 'country'",
                members + ":3: field 'country' is not an ISO 3166-1 alpha-2 code: 'XX'",
                members + ":3: field 'birthDate' is not an ISO-8601 date such as 1990-04-01",
                members + ":4: field 'handles' must be an array of strings",
                "nothing imported: fix the lines above and import the file again");
        assertThat(database.queryText("SELECT COUNT(*) FROM members")).isEqualTo("3");
        assertThat(database.queryText("SELECT country FROM members WHERE id = 'm-1'")).isEqualTo("US");
    }

    @Test
    void invalidUtf8IsRejectedWithItsLine() throws IOException {
        standardMembers();
        Path events = folder.resolve("binary.jsonl");
        Files.write(events, new byte[] {'{', '}', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        Cli.Result result = importEvents(events);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().split("\n")).containsExactly(
                events + ":1: missing field 'type'",
                events + ":1: missing field 'at'",
                events + ":2: not valid UTF-8",
                "nothing imported: fix the lines above and import the file again");
    }

    @Test
    void missingFileIsAUserError() {
        Cli.Result result = importEvents(folder.resolve("nope.jsonl"));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().trim()).isEqualTo(folder.resolve("nope.jsonl") + ": no such file");
    }

    @Test
    void compressedInputsAreReadByName() throws IOException {
        byte[] members = "{\"id\":\"m-1\",\"country\":\"US\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] events = "{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-01-01T00:00:00Z\"}\n".getBytes(StandardCharsets.UTF_8);
        Path gz = folder.resolve("members.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(members);
        }
        Path zst = folder.resolve("events.jsonl.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst))) {
            out.write(events);
        }
        assertThat(importMembers(gz).out()).contains("imported 1 members");
        assertThat(importEvents(zst).out()).contains("imported 1 events");
    }

    @Test
    void decideRejectsBadQueriesBeforeAnsweringAny() throws IOException {
        standardMembers();
        Path queries = file("q.jsonl",
                "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}",
                "{\"member\":\"m-1\",\"at\":\"2025-02-01T00:00:00Z\"}");
        Cli.Result result = Cli.run(List.of("decide", "--queries", queries.toString()), db().toArray(String[]::new));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith(queries + ":2: missing field 'purpose'");
    }

    @Test
    void verifyCatchesARowChangedBehindTheProgramsBack() throws IOException {
        standardMembers();
        standardEvents();
        Cli.Result intact = Cli.run(List.of("ledger", "verify"), db().toArray(String[]::new));
        assertThat(intact.status()).isZero();
        assertThat(intact.out()).startsWith("ledger intact: 6 entries");
        if (dialect() == Dialect.SQLITE) {
            database.sql("DROP TRIGGER ledger_no_update");
        } else {
            database.sql("DROP TRIGGER ledger_no_update ON ledger");
        }
        database.sql("UPDATE ledger SET payload = REPLACE(payload, '\"enabled\":false', '\"enabled\":true') WHERE seq = 2");
        Cli.Result tampered = Cli.run(List.of("ledger", "verify"), db().toArray(String[]::new));
        assertThat(tampered.status()).isEqualTo(1);
        assertThat(tampered.err()).contains("ledger TAMPERED: entry 2: its hash does not match its contents");
    }

    @Test
    void showListsTheTimelineWithDecisions() throws IOException {
        standardMembers();
        standardEvents();
        Cli.Result result = Cli.run(List.of("ledger", "show", "--member", "m-1", "--at", "2025-06-01T00:00:00Z"), db().toArray(String[]::new));
        assertThat(result.status()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("member m-1: country US, region US-CA, born 1990-04-01, handles @janedoe");
        assertThat(lines.get(2)).contains("notice of 2024-09-18 by email", "- NOTICE_PENDING", "+ ALLOWED_BY_DEFAULT");
        assertThat(lines.get(3)).contains("setting genai-training off", "- OPTED_OUT");
        assertThat(lines.get(4)).startsWith("now").contains("2025-06-01T00:00:00Z", "- OPTED_OUT");

        Cli.Result json = Cli.run(List.of("ledger", "show", "--member", "m-2", "--json", "--at", "2025-02-01T00:00:00Z"), db().toArray(String[]::new));
        assertThat(json.outLines()).hasSize(4);
        assertThat(json.outLines().get(1)).contains("\"objection-decided\"", "\"personalization\":{\"allowed\":false,\"reason\":\"OBJECTION_UPHELD\"}");

        Cli.Result unknown = Cli.run(List.of("ledger", "show", "--member", "m-404"), db().toArray(String[]::new));
        assertThat(unknown.status()).isEqualTo(2);
    }

    @Test
    void aCustomPolicyChangesTheDecisions() throws IOException {
        standardMembers();
        Path policy = file("policy.yaml",
                "name: strict",
                "purposes:",
                "  genai-training: {controls: [setting], default: off}",
                "versions:",
                "  - {version: v1, from: \"2020-01-01T00:00:00Z\", purposes: {genai-training: {}}}");
        Path queries = file("q.jsonl", "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}");
        Cli.Result result = Cli.run(List.of("decide", "--queries", queries.toString(), "--policy", policy.toString()), db().toArray(String[]::new));
        assertThat(result.out()).contains("\"reason\":\"DEFAULT_OFF\"");
    }

    @Test
    void anInvalidPolicyFileListsEveryProblem() throws IOException {
        Path policy = file("policy.yaml",
                "name: broken",
                "purposes:",
                "  genai-training: {controls: [setting], default: sometimes, minimumAge: old}",
                "versions:",
                "  - {version: v1, from: \"2020-01-01T00:00:00Z\", purposes: {genai-training: {}, ads: {}}}");
        Cli.Result result = Cli.run("policy", "show", "--policy", policy.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().split("\n")).containsExactlyInAnyOrder(
                policy + ":3: purposes.genai-training.default: must be on or off, was 'sometimes'",
                policy + ":3: purposes.genai-training.minimumAge: must be a whole number from 0 to 150, was 'old'",
                policy + ":5: versions[0].purposes: unknown purpose 'ads'; declare it under purposes:");
    }
}
