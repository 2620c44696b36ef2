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
import dev.consentry.store.ReadOnly;
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
        assertThat(result.out()).startsWith("imported 6 events from ").contains("ledger entries 4-9");
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

    private String decide(String member, String purpose, String at) throws IOException {
        Path queries = file("q.jsonl", "{\"member\":\"" + member + "\",\"purpose\":\"" + purpose + "\",\"at\":\"" + at + "\"}");
        Cli.Result result = Cli.run(List.of("decide", "--queries", queries.toString()), db().toArray(String[]::new));
        assertThat(result.err()).isEmpty();
        return result.out();
    }

    // Issue 8, item 6: re-importing members must not change past decisions.

    @Test
    void reimportingAMemberWithAnotherCountryRelocatesFromNowAndKeepsThePast() throws IOException {
        standardMembers();
        assertThat(decide("m-2", "genai-training", "2025-02-01T00:00:00Z")).contains("JURISDICTION_EXCLUDED");
        Cli.Result again = importMembers(file("again.jsonl", "{\"id\":\"m-2\",\"country\":\"BR\"}"));
        assertThat(again.err()).isEmpty();
        assertThat(again.status()).isZero();
        assertThat(again.outLines()).containsExactly("imported 1 members from " + folder.resolve("again.jsonl") + " (3 in the registry)",
                "ledger: 0 registrations, 1 relocations, 0 birth dates recorded (entries 4-4)");
        assertThat(decide("m-2", "genai-training", "2025-02-01T00:00:00Z")).contains("JURISDICTION_EXCLUDED");
        Cli.Result shown = Cli.run(List.of("ledger", "show", "--member", "m-2"), db().toArray(String[]::new));
        assertThat(shown.out()).contains("moved to BR");
        assertThat(Cli.run(List.of("ledger", "verify"), db().toArray(String[]::new)).out()).startsWith("ledger intact: 4 entries");
    }

    @Test
    void reimportingAKnownMinorWithoutBirthDateIsRefused() throws IOException {
        standardMembers();
        assertThat(decide("m-3", "genai-training", "2025-02-01T00:00:00Z")).contains("MINOR");
        Path again = file("again.jsonl", "{\"id\":\"m-1\",\"country\":\"US\",\"birthDate\":\"1990-04-01\"}",
                "{\"id\":\"m-3\",\"country\":\"US\"}", "{\"id\":\"m-4\",\"country\":\"US\"}",
                "{\"id\":\"m-1\",\"country\":\"US\",\"birthDate\":\"1991-04-01\"}");
        Cli.Result result = importMembers(again);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().split("\n")).containsExactly(
                again + ":2: field 'birthDate' is missing, but the ledger holds a birth date for member 'm-3' (entry 3); a known birth date"
                        + " cannot be removed, and only a 'birth-date-corrected' event changes it",
                again + ":4: field 'birthDate' differs from the birth date the ledger holds for member 'm-1' (entry 1); only a"
                        + " 'birth-date-corrected' event changes a known birth date",
                "nothing imported: fix the lines above and import the file again");
        assertThat(database.queryText("SELECT COUNT(*) FROM members")).isEqualTo("3");
        assertThat(database.queryText("SELECT COUNT(*) FROM ledger")).isEqualTo("3");
        assertThat(decide("m-3", "genai-training", "2025-02-01T00:00:00Z")).contains("MINOR");
    }

    @Test
    void aRegistryRowChangedBehindTheProgramsBackChangesNoDecision() throws IOException {
        standardMembers();
        database.sql("UPDATE members SET country = 'US', birth_date = NULL");
        assertThat(decide("m-2", "genai-training", "2025-02-01T00:00:00Z")).contains("JURISDICTION_EXCLUDED");
        assertThat(decide("m-3", "genai-training", "2025-02-01T00:00:00Z")).contains("MINOR");
        assertThat(Cli.run(List.of("ledger", "show", "--member", "m-3"), db().toArray(String[]::new)).outLines().get(0))
                .isEqualTo("member m-3: country US, born 2010-01-01");
    }

    @Test
    void aBirthDateCorrectionEventChangesTheBirthDateThroughTheLedger() throws IOException {
        standardMembers();
        Path correction = file("correction.jsonl",
                "{\"type\":\"birth-date-corrected\",\"member\":\"m-3\",\"birthDate\":\"1990-01-01\",\"reason\":\"typo\",\"at\":\"2025-03-01T00:00:00Z\"}");
        Cli.Result result = importEvents(correction);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("ledger entries 4-4");
        assertThat(decide("m-3", "genai-training", "2025-02-01T00:00:00Z")).contains("NOTICE_PENDING");
        List<String> shown = Cli.run(List.of("ledger", "show", "--member", "m-3", "--at", "2025-04-01T00:00:00Z"), db().toArray(String[]::new)).outLines();
        assertThat(shown.get(0)).isEqualTo("member m-3: country US, born 1990-01-01");
        assertThat(shown.get(2)).contains("registered in US, born 2010-01-01", "(holds at every instant)");
        assertThat(shown.get(3)).contains("birth date corrected to 1990-01-01", "(holds at every instant)");
        assertThat(importMembers(file("again.jsonl", "{\"id\":\"m-3\",\"country\":\"US\",\"birthDate\":\"1990-01-01\"}")).status()).isZero();
    }

    @Test
    void anEventsFileCannotCarryARegistration() throws IOException {
        standardMembers();
        Path events = file("forged.jsonl", "{\"type\":\"registration\",\"member\":\"m-2\",\"country\":\"US\",\"at\":\"2025-01-01T00:00:00Z\"}");
        Cli.Result result = importEvents(events);
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith(events + ":1: event type 'registration' is recorded by the member import").doesNotContain("Exception");
    }

    // Issue 8, item 16: the same file imported twice.

    @Test
    void theSameEventsFileImportedTwiceIsRefusedUnlessAllowed() throws IOException {
        standardMembers();
        Path signals = file("signals.jsonl", "{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-01-01T00:00:00Z\"}",
                "{\"type\":\"setting\",\"member\":\"m-2\",\"purpose\":\"genai-training\",\"enabled\":false,\"at\":\"2025-01-02T00:00:00Z\"}");
        assertThat(importEvents(signals).out()).contains("ledger entries 4-5");
        Path copy = folder.resolve("copy-of-signals.jsonl");
        Files.copy(signals, copy);
        Cli.Result again = importEvents(copy);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).startsWith(copy + ": the same content (SHA-256 ")
                .contains("was already imported on ", "from '" + signals + "'", "ledger entries 4-5", "nothing imported", "--allow-duplicate")
                .doesNotContain("Exception");
        assertThat(database.queryText("SELECT COUNT(*) FROM ledger")).isEqualTo("5");
        Cli.Result allowed = Cli.run(List.of("import", "events", "--allow-duplicate", copy.toString()), db().toArray(String[]::new));
        assertThat(allowed.err()).isEmpty();
        assertThat(allowed.status()).isZero();
        assertThat(allowed.out()).contains("ledger entries 6-7");
    }

    @Test
    void theSameMembersFileImportedTwiceChangesNothing() throws IOException {
        standardMembers();
        Cli.Result again = importMembers(folder.resolve("members.jsonl"));
        assertThat(again.status()).isZero();
        assertThat(again.outLines()).containsExactly("imported 3 members from " + folder.resolve("members.jsonl") + " (3 in the registry)",
                "ledger: nothing new (no new member, country or birth date)");
        assertThat(database.queryText("SELECT COUNT(*) FROM ledger")).isEqualTo("3");
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
        assertThat(database.queryText("SELECT COUNT(*) FROM ledger")).isEqualTo("9");
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
        assertThat(database.queryText("SELECT COUNT(*) FROM ledger")).isEqualTo("3"); // the members' registrations
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
        assertThat(intact.out()).startsWith("ledger intact: 9 entries");
        if (dialect() == Dialect.SQLITE) {
            database.sql("DROP TRIGGER ledger_no_update");
        } else {
            database.sql("DROP TRIGGER ledger_no_update ON ledger");
        }
        database.sql("UPDATE ledger SET payload = REPLACE(payload, '\"enabled\":false', '\"enabled\":true') WHERE seq = 5");
        Cli.Result tampered = Cli.run(List.of("ledger", "verify"), db().toArray(String[]::new));
        assertThat(tampered.status()).isEqualTo(1);
        assertThat(tampered.err()).contains("ledger TAMPERED: entry 5: its hash does not match its contents");
    }

    @Test
    void showListsTheTimelineWithDecisions() throws IOException {
        standardMembers();
        standardEvents();
        Cli.Result result = Cli.run(List.of("ledger", "show", "--member", "m-1", "--at", "2025-06-01T00:00:00Z"), db().toArray(String[]::new));
        assertThat(result.status()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("member m-1: country US, region US-CA, born 1990-04-01, handles @janedoe");
        assertThat(lines.get(2)).startsWith("1 ").contains("registered in US, born 1990-04-01", "(holds at every instant)");
        assertThat(lines.get(3)).contains("notice of 2024-09-18 by email", "- NOTICE_PENDING", "+ ALLOWED_BY_DEFAULT");
        assertThat(lines.get(4)).contains("setting genai-training off", "- OPTED_OUT");
        assertThat(lines.get(5)).startsWith("now").contains("2025-06-01T00:00:00Z", "- OPTED_OUT");

        Cli.Result json = Cli.run(List.of("ledger", "show", "--member", "m-2", "--json", "--at", "2025-02-01T00:00:00Z"), db().toArray(String[]::new));
        assertThat(json.outLines()).hasSize(5);
        assertThat(json.outLines().get(0)).contains("\"type\":\"registration\"", "\"holdsAtEveryInstant\":true").doesNotContain("decisions");
        assertThat(json.outLines().get(2)).contains("\"objection-decided\"", "\"personalization\":{\"allowed\":false,\"reason\":\"OBJECTION_UPHELD\"}");

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

    // ---- tampering caught by anchors; incremental verification (issue 8, item 11) ----

    private void dropTriggers() {
        if (dialect() == Dialect.SQLITE) {
            database.sql("DROP TRIGGER ledger_no_update", "DROP TRIGGER ledger_no_delete",
                    "DROP TRIGGER ledger_checkpoint_forward_only", "DROP TRIGGER ledger_checkpoint_no_delete");
        } else {
            database.sql("DROP TRIGGER ledger_no_update ON ledger", "DROP TRIGGER ledger_checkpoint_forward_only ON ledger_checkpoint");
        }
    }

    private void laterOptOut() throws IOException {
        Cli.Result result = importEvents(file("later.jsonl",
                "{\"type\":\"setting\",\"member\":\"m-2\",\"purpose\":\"genai-training\",\"enabled\":false,\"at\":\"2025-07-01T00:00:00Z\"}",
                "{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-07-02T00:00:00Z\"}"));
        assertThat(result.status()).isZero();
    }

    private Cli.Result verify(String... more) {
        return Cli.run(List.of("ledger", "verify"), concat(db(), more));
    }

    private static String[] concat(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void verifyCatchesDeletedTailRowsByTheImportLog() throws IOException {
        standardMembers();
        standardEvents();
        laterOptOut();
        dropTriggers();
        database.sql("DELETE FROM ledger WHERE seq > 9");
        Cli.Result result = verify();
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("ledger TAMPERED: the import log says import ").contains(folder.resolve("later.jsonl").toString())
                .contains("appended entries 10-11, but the ledger ends at entry 9: entries were removed").doesNotContain("\tat ");
    }

    /** Deleting the opt-out at the tail would turn it into an allowance: decide and impact refuse the ledger instead of answering. */
    @Test
    void decideShowAndImportRefuseALedgerWhoseTailWasDeleted() throws IOException {
        standardMembers();
        standardEvents();
        laterOptOut();
        assertThat(decide("m-2", "genai-training", "2025-08-01T00:00:00Z")).contains("\"reason\":\"OPTED_OUT\"");
        dropTriggers();
        database.sql("DELETE FROM ledger WHERE seq > 9");
        Path queries = file("q.jsonl", "{\"member\":\"m-2\",\"purpose\":\"genai-training\",\"at\":\"2025-08-01T00:00:00Z\"}");
        Cli.Result result = Cli.run(List.of("decide", "--queries", queries.toString()), db().toArray(String[]::new));
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("consentry: the consent ledger does not verify (")
                .contains("refusing to answer decisions on consent data that cannot be trusted").doesNotContain("\tat ");
        Cli.Result shown = Cli.run(List.of("ledger", "show", "--member", "m-2"), db().toArray(String[]::new));
        assertThat(shown.status()).isEqualTo(1);
        assertThat(shown.out()).isEmpty();
        assertThat(shown.err()).contains("refusing to show decisions on consent data that cannot be trusted");
        Cli.Result imported = importEvents(file("next.jsonl", "{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-09-01T00:00:00Z\"}"));
        assertThat(imported.status()).as("an import onto the cut tail would reuse its numbers and hide the cut").isEqualTo(1);
        assertThat(imported.err()).contains("refusing to append to it");
    }

    @Test
    void verifyAndBuildCatchDeletedTailRowsByAPublishedDataset() throws IOException {
        standardMembers();
        standardEvents();
        laterOptOut();
        Path content = file("content.jsonl",
                "{\"id\":\"c-1\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-03-01T00:00:00Z\",\"text\":\"hi\",\"lang\":\"en\"}");
        Cli.Result built = Cli.run(List.of("build", "--purpose", "genai-training", "--as-of", "2025-08-01T00:00:00Z", "--input", content.toString(),
                "--out", folder.resolve("ds").toString(), "-q"), db().toArray(String[]::new));
        assertThat(built.err()).isEmpty();
        dropTriggers();
        // Everything inside the database that remembers entries 10-11, but the dataset's own record, is made to forget them.
        database.sql("DELETE FROM ledger WHERE seq > 9", "UPDATE imports SET last_seq = 9 WHERE last_seq = 11", "DELETE FROM ledger_checkpoint");
        Cli.Result result = verify();
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).matches("ledger TAMPERED: dataset ds-[0-9a-f]{12} was built on ledger entry 11, but the ledger ends at entry 9: entries were removed\n");

        Cli.Result again = Cli.run(List.of("build", "--purpose", "genai-training", "--as-of", "2025-08-01T00:00:00Z", "--input", content.toString(),
                "--out", folder.resolve("ds2").toString(), "-q"), db().toArray(String[]::new));
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).startsWith("consentry: the consent ledger does not verify (dataset ds-").contains("refusing to build");
        assertThat(folder.resolve("ds2")).doesNotExist();
    }

    @Test
    void aRecomputedChainIsCaughtByAnAnchorFile() throws IOException {
        standardMembers();
        standardEvents();
        Cli.Result anchored = Cli.run(List.of("ledger", "anchor"), db().toArray(String[]::new));
        assertThat(anchored.status()).isZero();
        assertThat(anchored.out()).matches("\\{\"ledgerId\":\"[0-9a-f]{32}\",\"sequence\":9,\"headHash\":\"[0-9a-f]{64}\",\"at\":\"[^\"]+Z\"}\n");
        Path anchor = file("anchor.json", anchored.out().trim());

        dropTriggers();
        String previous = dev.consentry.consent.event.LedgerHash.GENESIS;
        for (int seq = 1; seq <= 9; seq++) {
            String payload = database.queryText("SELECT payload FROM ledger WHERE seq = " + seq).replace("\"enabled\":false", "\"enabled\":true");
            String hash = dev.consentry.consent.event.LedgerHash.of(previous, seq, payload);
            database.sql("UPDATE ledger SET payload = '" + payload.replace("'", "''") + "', prev_hash = '" + previous + "', hash = '" + hash
                    + "' WHERE seq = " + seq);
            previous = hash;
        }
        database.sql("UPDATE ledger_checkpoint SET hash = '" + previous + "'");
        assertThat(verify("--full").status()).as("nothing inside the database can tell").isZero();

        Cli.Result result = verify("--anchor", anchor.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).startsWith("ledger TAMPERED: " + anchor + ": entry 9 has hash ").endsWith(": the chain was rewritten up to entry 9\n");
    }

    @Test
    void aBadAnchorFileIsAUserError() throws IOException {
        standardMembers();
        standardEvents();
        Path missing = folder.resolve("nope.json");
        Path broken = file("broken.json", "{\"ledgerId\":\"x\",\"sequence\":\"six\",\"headHash\":\"" + "a".repeat(64) + "\",\"at\":\"2026-01-01T00:00:00Z\"}");
        Path foreign = file("foreign.json", "{\"ledgerId\":\"x\",\"sequence\":6,\"headHash\":\"" + "a".repeat(64) + "\",\"at\":\"2026-01-01T00:00:00Z\"}");
        Cli.Result result = verify("--anchor", missing.toString(), "--anchor", broken.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().split("\n")).containsExactly(missing + ": no such file", broken + ": sequence: must be a whole number of at least 0");

        Cli.Result other = verify("--anchor", foreign.toString());
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).startsWith(foreign + ": ledgerId: the anchor is of ledger x, but this database holds ledger ").doesNotContain("\tat ");
    }

    @Test
    void verifyReHashesOnlyWhatCameAfterTheCheckpoint() throws IOException {
        standardMembers();
        standardEvents();
        // Anchors: the import log's rows (members, events, later) and the checkpoint, which the events
        // import moved to the members' registrations when it verified the ledger before appending.
        assertThat(verify().out()).isEqualTo("ledger intact: 9 entries, head 9 " + database.queryText("SELECT hash FROM ledger WHERE seq = 9")
                + "\n  re-hashed entries 4-9 after the checkpoint at entry 3; 3 anchors agree\n");
        laterOptOut();
        assertThat(verify().out()).endsWith("\n  re-hashed entries 10-11 after the checkpoint at entry 9; 4 anchors agree\n");
        assertThat(verify().out()).endsWith("\n  nothing after the checkpoint at entry 11 to re-hash; 4 anchors agree\n");
        assertThat(verify("--full").out()).endsWith("\n  re-hashed every entry; 4 anchors agree\n");
    }

    // ---- databases that do not exist, hold no registry, or are read-only (issue 8, item 15) ----

    private String missingDatabase() {
        return dialect() == Dialect.SQLITE ? "jdbc:sqlite:" + folder.resolve("typo").resolve("consentry.db")
                : database.url().substring(0, database.url().lastIndexOf('/') + 1) + "consentry_typo";
    }

    private List<List<String>> readingCommands() throws IOException {
        Path queries = file("q.jsonl", "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}");
        Path content = file("content.jsonl",
                "{\"id\":\"c-1\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-03-01T00:00:00Z\",\"text\":\"hi\",\"lang\":\"en\"}");
        return List.of(List.of("decide", "--queries", queries.toString()), List.of("ledger", "verify"), List.of("ledger", "anchor"),
                List.of("ledger", "show", "--member", "m-1"), List.of("datasets", "list"), List.of("lineage", "member", "m-1"),
                List.of("build", "--purpose", "genai-training", "--as-of", "2025-08-01T00:00:00Z", "--input", content.toString(), "--out",
                        folder.resolve("ds").toString(), "-q"),
                List.of("redact", "--input", content.toString(), "--output", folder.resolve("out.jsonl").toString(), "-q"));
    }

    @Test
    void aDatabaseThatDoesNotExistIsRefusedAndNotCreated() throws IOException {
        String missing = missingDatabase();
        String shown = dialect() == Dialect.SQLITE ? folder.resolve("typo").resolve("consentry.db").toString() : missing;
        for (List<String> command : readingCommands()) {
            Cli.Result result = Cli.run(command, "--db", missing);
            assertThat(result.status()).as("%s", command).isEqualTo(2);
            assertThat(result.err()).as("%s", command).startsWith("consentry: no database at " + shown).doesNotContain("\tat ");
            assertThat(result.out()).as("%s", command).isEmpty();
        }
        assertThat(folder.resolve("typo")).doesNotExist();
        assertThat(folder.resolve("ds")).doesNotExist();
    }

    @Test
    void aDatabaseWithoutARegistryIsRefused() throws IOException {
        if (dialect() == Dialect.SQLITE) {
            Files.createFile(folder.resolve("consentry.db"));
        }
        for (List<String> command : readingCommands()) {
            Cli.Result result = Cli.run(command, db().toArray(String[]::new));
            assertThat(result.status()).as("%s", command).isEqualTo(2);
            assertThat(result.err()).as("%s", command).startsWith("consentry: ").endsWith(" holds no Consentry registry (no schema): an import creates one\n");
        }
        assertThat(importMembers(file("m.jsonl", "{\"id\":\"m-1\",\"country\":\"US\"}")).status()).as("an import creates it").isZero();
        assertThat(verify().status()).isZero();
    }

    @Test
    void readOnlyCommandsWorkOnAReadOnlyDatabase() throws IOException {
        standardMembers();
        standardEvents();
        assertThat(verify().status()).isZero();
        laterOptOut();
        Path queries = file("q.jsonl", "{\"member\":\"m-2\",\"purpose\":\"genai-training\",\"at\":\"2025-08-01T00:00:00Z\"}");
        Path content = file("content.jsonl",
                "{\"id\":\"c-1\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-03-01T00:00:00Z\",\"text\":\"hi\",\"lang\":\"en\"}");
        Path newMembers = file("m.jsonl", "{\"id\":\"m-9\",\"country\":\"US\"}");
        ReadOnly readOnly = ReadOnly.make(dialect(), database, folder);
        try {
            Cli.Result verified = verify();
            assertThat(verified.err()).isEmpty();
            assertThat(verified.out()).endsWith("re-hashed entries 10-11 after the checkpoint at entry 9; 4 anchors agree; "
                    + "read-only database: checkpoint left at entry 9\n");
            assertThat(verify().out()).as("still from the same checkpoint: nothing was written").contains("re-hashed entries 10-11");
            Cli.Result decided = Cli.run(List.of("decide", "--queries", queries.toString()), db().toArray(String[]::new));
            assertThat(decided.err()).isEmpty();
            assertThat(decided.out()).contains("\"reason\":\"OPTED_OUT\"");
            Cli.Result shown = Cli.run(List.of("ledger", "show", "--member", "m-1"), db().toArray(String[]::new));
            assertThat(shown.status()).isZero();
            assertThat(Cli.run(List.of("ledger", "anchor"), db().toArray(String[]::new)).out()).contains("\"sequence\":11");

            Cli.Result build = Cli.run(List.of("build", "--purpose", "genai-training", "--as-of", "2025-08-01T00:00:00Z", "--input", content.toString(),
                    "--out", folder.resolve("ds").toString(), "-q"), db().toArray(String[]::new));
            assertThat(build.status()).isEqualTo(2);
            assertThat(build.err()).endsWith(" is read-only: a build records its lineage in the database\n");
            Cli.Result imported = importMembers(newMembers);
            assertThat(imported.status()).isEqualTo(2);
            assertThat(imported.err()).endsWith(" is read-only: nothing can be imported into it\n");
        } finally {
            readOnly.close();
        }
        assertThat(database.queryText("SELECT seq FROM ledger_checkpoint")).isEqualTo("9");
    }

    // ---- passwords in JDBC URLs; unsupported URLs (issue 8, items 13 and 16) ----

    @Test
    void aPasswordInTheDatabaseUrlIsNeverPrinted() throws IOException {
        Path queries = file("q.jsonl", "{\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}");
        for (String url : List.of("jdbc:postgresql://127.0.0.1:1/consentry?user=u&password=hunter2",
                "jdbc:postgresql://u:hunter2@127.0.0.1:1/consentry",
                "jdbc:postgresql://127.0.0.1:1/consentry?password=hunter2&user=u",
                "jdbc:mysql://u:hunter2@db.example/consentry?password=hunter2")) {
            for (List<String> command : List.of(List.of("ledger", "verify"), List.of("decide", "--queries", queries.toString()),
                    List.of("import", "members", queries.toString()))) {
                Cli.Result result = Cli.run(command, "--db", url);
                assertThat(result.status()).as("%s %s", url, command).isIn(1, 2);
                assertThat(result.err()).as("%s %s", url, command).startsWith("consentry: ").contains("***").doesNotContain("hunter2");
            }
        }
    }

    @Test
    void theUserInfoFormOfAPostgresqlUrlLogsIn() throws IOException {
        if (dialect() != Dialect.POSTGRESQL) {
            return;
        }
        // The test server trusts local users, so any password logs in; pgjdbc alone would take "user:password@127.0.0.1" for a host name.
        String url = database.url().replace("jdbc:postgresql://", "jdbc:postgresql://" + System.getProperty("user.name") + ":hunter2@");
        Cli.Result imported = Cli.run("import", "members", file("m.jsonl", "{\"id\":\"m-1\",\"country\":\"US\"}").toString(), "--db", url);
        assertThat(imported.err()).isEmpty();
        assertThat(imported.status()).isZero();
        Cli.Result unknown = Cli.run("ledger", "show", "--member", "m-404", "--db", url);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("is not in the registry of jdbc:postgresql://" + System.getProperty("user.name") + ":***@")
                .doesNotContain("hunter2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:mysql://db.example/consentry  | unsupported database URL 'jdbc:mysql://db.example/consentry': use jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB[?user=USER&password=PASSWORD]",
        "consentry.db                       | unsupported database URL 'consentry.db': use jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB[?user=USER&password=PASSWORD] (a file is given as jdbc:sqlite:consentry.db)",
        "jdbc:postgresql://h:port/consentry | malformed database URL 'jdbc:postgresql://h:port/consentry': use jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB[?user=USER&password=PASSWORD]",
    })
    void anUnsupportedOrMalformedUrlIsAUserError(String url, String message) {
        for (List<String> command : List.of(List.of("ledger", "verify"), List.of("import", "members", "m.jsonl"), List.of("datasets", "list"))) {
            Cli.Result result = Cli.run(command, "--db", url);
            assertThat(result.status()).as("%s", command).isEqualTo(2);
            assertThat(result.err()).as("%s", command).isEqualTo("consentry: " + message + "\n");
        }
    }
}
