package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.consent.ReasonCode;
import dev.consentry.dataset.build.Digests;
import dev.consentry.dataset.build.Exclusion;
import dev.consentry.dataset.build.Manifest;
import dev.consentry.dataset.format.ShardFormat;
import dev.consentry.dataset.format.ShardReader;
import dev.consentry.dataset.format.ShardRecord;

/**
 * Dataset builds end to end through the command line, on a small platform whose every member
 * and content line is there to exercise one rule of the build.
 */
class DatasetBuildTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    String db;
    Path content;

    private Path file(String name, String... lines) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return path;
    }

    private static String post(String id, String member, String kind, String visibility, String created, String text) {
        return JSON.createObjectNode().put("id", id).put("member", member).put("kind", kind).put("visibility", visibility)
                .put("createdAt", created).put("text", text).put("lang", "en").toString();
    }

    @BeforeEach
    void platform() throws IOException {
        db = "jdbc:sqlite:" + folder.resolve("c.db");
        Path members = file("members.jsonl",
                "{\"id\":\"m-us\",\"country\":\"US\",\"name\":\"Quentin Zarro\"}",
                "{\"id\":\"m-de\",\"country\":\"DE\"}",
                "{\"id\":\"m-fr\",\"country\":\"FR\"}",
                "{\"id\":\"m-optout\",\"country\":\"US\"}",
                "{\"id\":\"m-gpc\",\"country\":\"US\"}",
                "{\"id\":\"m-kid\",\"country\":\"US\",\"birthDate\":\"2012-05-05\"}",
                "{\"id\":\"m-erased\",\"country\":\"US\"}",
                "{\"id\":\"m-grown\",\"country\":\"US\",\"birthDate\":\"2007-06-01\"}");
        List<String> events = new ArrayList<>();
        for (String member : List.of("m-us", "m-de", "m-fr", "m-optout", "m-gpc", "m-kid", "m-erased", "m-grown")) {
            events.add("{\"type\":\"notice\",\"member\":\"" + member + "\",\"policyVersion\":\"2024-09-18\",\"at\":\"2024-09-18T00:00:00Z\"}");
        }
        for (String member : List.of("m-us", "m-de", "m-optout", "m-gpc", "m-kid", "m-erased", "m-grown")) {
            events.add("{\"type\":\"notice\",\"member\":\"" + member + "\",\"policyVersion\":\"2025-11-03\",\"at\":\"2025-11-05T00:00:00Z\"}");
        }
        events.add("{\"type\":\"gpc\",\"member\":\"m-gpc\",\"at\":\"2025-01-01T00:00:00Z\"}");
        events.add("{\"type\":\"erasure\",\"member\":\"m-erased\",\"at\":\"2025-06-01T00:00:00Z\"}");
        events.add("{\"type\":\"setting\",\"member\":\"m-optout\",\"purpose\":\"genai-training\",\"enabled\":false,\"at\":\"2026-01-15T00:00:00Z\"}");
        Path eventsFile = file("events.jsonl", events.toArray(String[]::new));
        assertThat(Cli.run("import", "members", members.toString(), "--db", db).status()).isZero();
        assertThat(Cli.run("import", "events", eventsFile.toString(), "--db", db).status()).isZero();
        content = file("content.jsonl",
                post("c-us", "m-us", "post", "public", "2025-03-01T00:00:00Z", "Hello from Quentin Zarro, write to quentin@example.org"),
                post("c-de", "m-de", "post", "public", "2025-03-01T00:00:00Z", "Guten Tag, a post from Berlin"),
                post("c-fr", "m-fr", "post", "public", "2025-03-01T00:00:00Z", "Bonjour from Lyon"),
                post("c-optout", "m-optout", "comment", "public", "2025-03-01T00:00:00Z", "I like this"),
                post("c-gpc", "m-gpc", "post", "public", "2025-03-01T00:00:00Z", "My browser says no"),
                post("c-kid", "m-kid", "post", "public", "2025-03-01T00:00:00Z", "Homework is hard"),
                post("c-erased", "m-erased", "post", "public", "2025-03-01T00:00:00Z", "Please forget me"),
                post("c-ghost", "m-ghost", "post", "public", "2025-03-01T00:00:00Z", "Who am I"),
                post("c-dm", "m-us", "message", "private", "2025-03-01T00:00:00Z", "Secret: my number is 212-555-0188"),
                post("c-group", "m-us", "group-message", "private", "2025-03-01T00:00:00Z", "Group chat"),
                post("c-conn", "m-us", "post", "connections", "2025-03-01T00:00:00Z", "For my connections only"),
                post("c-private-post", "m-us", "post", "private", "2025-03-01T00:00:00Z", "Private post"),
                post("c-church", "m-us", "post", "public", "2025-03-01T00:00:00Z", "See you at church on Sunday"),
                post("c-ssn", "m-us", "post", "public", "2025-03-01T00:00:00Z", "my SSN is 123-45-6789"),
                post("c-future", "m-us", "post", "public", "2027-01-01T00:00:00Z", "From the future"),
                post("c-old", "m-us", "article", "public", "2023-06-01T00:00:00Z", "Written before any policy"),
                post("c-at-17", "m-grown", "post", "public", "2025-05-31T00:00:00Z", "Written the day before my 18th birthday"),
                post("c-at-18", "m-grown", "post", "public", "2025-06-01T00:00:00Z", "Written on my 18th birthday"),
                post("c-old", "m-us", "post", "public", "2025-03-01T00:00:00Z", "A second record with an id already used"),
                "{\"id\":\"c-bad\",\"member\":\"m-us\"}",
                "not json");
    }

    private Cli.Result build(String asOf, String out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--purpose", "genai-training", "--as-of", asOf, "--input", content.toString(),
                "--out", folder.resolve(out).toString(), "--db", db, "-q"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<ShardRecord> records(String dataset) throws IOException {
        Manifest manifest = Manifest.read(folder.resolve(dataset));
        ShardFormat format = ShardFormat.byName(manifest.format()).orElseThrow();
        List<ShardRecord> records = new ArrayList<>();
        for (var output : manifest.outputs()) {
            try (ShardReader reader = format.read(folder.resolve(dataset).resolve(output.file()))) {
                for (ShardRecord record = reader.next(); record != null; record = reader.next()) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private static List<String> ids(List<ShardRecord> records) {
        return records.stream().map(ShardRecord::id).toList();
    }

    @Test
    void everyRecordIsCountedUnderExactlyOneReason() throws IOException {
        Cli.Result result = build("2026-01-01T00:00:00Z", "ds", "--operator", "drop", "--drop-density", "1");
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        Manifest manifest = Manifest.read(folder.resolve("ds"));
        assertThat(manifest.counts().excluded()).isEqualTo(Map.ofEntries(
                Map.entry(Exclusion.REJECTED, 2L), Map.entry(Exclusion.CREATED_AFTER_AS_OF, 1L), Map.entry(Exclusion.KIND_NOT_ELIGIBLE, 2L),
                Map.entry(Exclusion.NOT_PUBLIC, 2L), Map.entry("UNKNOWN_MEMBER", 1L), Map.entry("ERASED", 1L), Map.entry("MINOR", 1L),
                Map.entry("GPC_OPT_OUT", 1L), Map.entry("NOTICE_PENDING", 1L), Map.entry(Exclusion.SPECIAL_CATEGORY, 1L),
                Map.entry(Exclusion.DROPPED_PII, 1L), Map.entry(Exclusion.DUPLICATE_ID, 1L), Map.entry(Exclusion.AUTHORED_AS_MINOR, 1L)));
        assertThat(manifest.counts().read()).isEqualTo(21);
        assertThat(manifest.counts().included() + manifest.counts().excluded().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(21);
        assertThat(ids(records("ds"))).containsExactly("c-us", "c-de", "c-optout", "c-old", "c-at-18");
        assertThat(records("ds").get(3).text()).isEqualTo("Written before any policy");
        assertThat(Files.readString(folder.resolve("ds/README.md"))).contains("excluded: `AUTHORED_AS_MINOR` — written while its author was under",
                "excluded: `DUPLICATE_ID` — an id an earlier record");
        assertThat(records("ds").get(0).text()).isEqualTo("Hello from <PERSON>, write to <EMAIL_ADDRESS>");
        assertThat(Files.readAllLines(folder.resolve("ds/rejects.jsonl"))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(content.toString()).doesNotContain("m-us\""));
        assertThat(manifest.counts().specialCategories()).containsEntry("religion", 1L);
        assertThat(manifest.inputs()).containsExactly(new Manifest.Input(content.toString(), Files.size(content), Digests.sha256(content)));
    }

    @Test
    void theRemainingDecisionCodesAreCountedToo() throws IOException {
        Set<String> seen = new HashSet<>();
        assertThat(build("2024-01-01T00:00:00Z", "before").status()).isZero();
        seen.addAll(Manifest.read(folder.resolve("before")).counts().excluded().keySet());
        assertThat(build("2025-06-01T00:00:00Z", "mid").status()).isZero();
        seen.addAll(Manifest.read(folder.resolve("mid")).counts().excluded().keySet());
        assertThat(build("2026-02-01T00:00:00Z", "late").status()).isZero();
        seen.addAll(Manifest.read(folder.resolve("late")).counts().excluded().keySet());
        Path policy = file("research.yaml",
                "name: research",
                "purposes:",
                "  research: {controls: [setting, objection], default: off, content: {kinds: [post], visibility: [public]}}",
                "versions:",
                "  - {version: v1, from: \"2024-01-01T00:00:00Z\", purposes: {research: {}}}");
        Path events = file("objection.jsonl",
                "{\"type\":\"objection-filed\",\"member\":\"m-de\",\"objection\":\"o-1\",\"purposes\":[\"research\"],\"at\":\"2025-01-01T00:00:00Z\"}",
                "{\"type\":\"objection-decided\",\"objection\":\"o-1\",\"outcome\":\"upheld\",\"at\":\"2025-01-02T00:00:00Z\"}");
        assertThat(Cli.run("import", "events", events.toString(), "--db", db, "--policy", policy.toString()).status()).isZero();
        Cli.Result research = Cli.run("build", "--purpose", "research", "--as-of", "2026-01-01T00:00:00Z", "--input", content.toString(),
                "--out", folder.resolve("research").toString(), "--db", db, "--policy", policy.toString(), "-q");
        assertThat(research.status()).isZero();
        seen.addAll(Manifest.read(folder.resolve("research")).counts().excluded().keySet());
        assertThat(build("2026-03-01T00:00:00Z", "since", "--since", folder.resolve("late").toString()).status()).isZero();
        seen.addAll(Manifest.read(folder.resolve("since")).counts().excluded().keySet());

        assertThat(seen).contains(ReasonCode.NOT_IN_POLICY.name(), ReasonCode.JURISDICTION_EXCLUDED.name(), ReasonCode.OPTED_OUT.name(),
                ReasonCode.DEFAULT_OFF.name(), ReasonCode.OBJECTION_UPHELD.name(), Exclusion.CREATED_BEFORE_SINCE);
        for (ReasonCode reason : ReasonCode.values()) {
            if (!reason.allows()) {
                assertThat(seen).as("some build counts %s", reason).contains(reason.name());
            }
        }
    }

    @Test
    void anOptOutBetweenTwoBuildsRemovesTheMemberAndImpactNamesThem() throws IOException {
        assertThat(build("2026-01-01T00:00:00Z", "january").status()).isZero();
        assertThat(build("2026-02-01T00:00:00Z", "february").status()).isZero();
        assertThat(ids(records("january"))).contains("c-optout");
        assertThat(ids(records("february"))).doesNotContain("c-optout");
        assertThat(Manifest.read(folder.resolve("february")).counts().excluded()).containsEntry("OPTED_OUT", 1L);

        Cli.Result impact = Cli.run("impact", folder.resolve("january").toString(), "--db", db, "--json", "--at", "2026-02-01T00:00:00Z");
        assertThat(impact.status()).isZero();
        assertThat(impact.outLines()).hasSize(1);
        JsonNode named = JSON.readTree(impact.outLines().get(0));
        assertThat(named.get("member").asText()).isEqualTo("m-optout");
        assertThat(named.get("reason").asText()).isEqualTo("OPTED_OUT");
        assertThat(named.get("records").asLong()).isEqualTo(1);
        assertThat(Cli.run("impact", folder.resolve("january").toString(), "--db", db, "--json", "--at", "2026-01-10T00:00:00Z").outLines()).isEmpty();

        Cli.Result lineage = Cli.run("lineage", "member", "m-optout", "--db", db, "--json");
        assertThat(lineage.outLines()).hasSize(1);
        assertThat(lineage.out()).contains("\"dataset\":\"january-").contains("\"records\":1");
        assertThat(Cli.run("lineage", "member", "m-us", "--db", db, "--json").outLines()).hasSize(2);
        assertThat(Cli.run("datasets", "list", "--db", db).outLines()).hasSize(3);
    }

    @Test
    void euContentWaitsForTheLegitimateInterestVersionAndItsAgedNotice() throws IOException {
        for (String asOf : List.of("2024-10-30T00:00:00Z", "2025-06-01T00:00:00Z", "2025-11-02T23:59:59Z", "2025-11-20T00:00:00Z", "2025-12-04T23:59:59Z")) {
            String name = "eu-" + asOf.substring(0, 10);
            assertThat(build(asOf, name).status()).isZero();
            assertThat(ids(records(name))).as("as of %s", asOf).doesNotContain("c-de", "c-fr");
        }
        assertThat(build("2025-12-05T00:00:00Z", "eu-after").status()).isZero();
        assertThat(ids(records("eu-after"))).contains("c-de").doesNotContain("c-fr");
        assertThat(Manifest.read(folder.resolve("eu-after")).counts().excluded()).containsEntry("NOTICE_PENDING", 1L);
        assertThat(Manifest.read(folder.resolve("eu-2025-06-01")).counts().excluded()).containsEntry("JURISDICTION_EXCLUDED", 2L);
    }

    @Test
    void privateMessagesNeverAppear() throws IOException {
        for (String asOf : List.of("2025-06-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-12-01T00:00:00Z")) {
            String name = "m-" + asOf.substring(0, 10);
            assertThat(build(asOf, name).status()).isZero();
            assertThat(records(name)).extracting(ShardRecord::id).doesNotContain("c-dm", "c-group", "c-private-post", "c-conn");
            try (Stream<Path> files = Files.list(folder.resolve(name))) {
                for (Path file : files.toList()) {
                    if (!file.getFileName().toString().endsWith(".zst")) {
                        assertThat(Files.readString(file)).doesNotContain("Secret", "212-555-0188", "m-us\"");
                    }
                }
            }
        }
    }

    @Test
    void verifyCatchesAChangedShardByte() throws IOException {
        assertThat(build("2026-01-01T00:00:00Z", "v").status()).isZero();
        Cli.Result intact = Cli.run("verify", folder.resolve("v").toString());
        assertThat(intact.status()).isZero();
        assertThat(intact.out()).contains("intact");
        Path shard = folder.resolve("v/part-00000.jsonl.zst");
        byte[] bytes = Files.readAllBytes(shard);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(shard, bytes);
        Files.writeString(folder.resolve("v/extra.txt"), "x");
        Cli.Result broken = Cli.run("verify", folder.resolve("v").toString());
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.err()).contains("part-00000.jsonl.zst: SHA-256 differs from the manifest", "extra.txt: not listed in the manifest");
    }

    @Test
    void anExistingDatasetIsReplacedOnlyWithForce() throws IOException {
        assertThat(build("2026-01-01T00:00:00Z", "f").status()).isZero();
        String first = Manifest.read(folder.resolve("f")).dataset();
        Cli.Result again = build("2026-01-01T00:00:00Z", "f");
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("exists: a published dataset is never overwritten; use --force");
        assertThat(Manifest.read(folder.resolve("f")).dataset()).isEqualTo(first);
        assertThat(build("2026-02-01T00:00:00Z", "f", "--force").status()).isZero();
        assertThat(Manifest.read(folder.resolve("f")).asOf()).isEqualTo("2026-02-01T00:00:00Z");
        try (Stream<Path> siblings = Files.list(folder)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".f."));
        }
    }

    @Test
    void incrementalBuildTakesOnlyNewerContentAndLinksThePrevious() throws IOException {
        assertThat(build("2025-06-01T00:00:00Z", "base").status()).isZero();
        Path more = file("more.jsonl", post("c-new", "m-us", "post", "public", "2026-01-10T00:00:00Z", "A new year"));
        Cli.Result result = Cli.run("build", "--purpose", "genai-training", "--as-of", "2026-02-01T00:00:00Z", "--input", content.toString(),
                "--input", more.toString(), "--out", folder.resolve("inc").toString(), "--since", folder.resolve("base").toString(), "--db", db, "-q");
        assertThat(result.status()).isZero();
        Manifest manifest = Manifest.read(folder.resolve("inc"));
        assertThat(ids(records("inc"))).containsExactly("c-new");
        assertThat(manifest.previous().dataset()).isEqualTo(Manifest.read(folder.resolve("base")).dataset());
        assertThat(manifest.previous().asOf()).isEqualTo("2025-06-01T00:00:00Z");
        assertThat(manifest.inputs()).extracting(Manifest.Input::sha256).containsExactly(Digests.sha256(content), Digests.sha256(more));
        Cli.Result backwards = build("2025-01-01T00:00:00Z", "bad-since", "--since", folder.resolve("base").toString());
        assertThat(backwards.status()).isEqualTo(2);
    }

    @Test
    void aLedgerThatDoesNotVerifyStopsTheBuild() throws IOException {
        dev.consentry.store.TestDatabase.class.getName();
        try (var connection = java.sql.DriverManager.getConnection(db); var statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER ledger_no_update");
            statement.execute("UPDATE ledger SET payload = REPLACE(payload, '\"enabled\":false', '\"enabled\":true')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Cli.Result result = build("2026-02-01T00:00:00Z", "tampered");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("the consent ledger does not verify", "refusing to build");
        assertThat(folder.resolve("tampered")).doesNotExist();
        try (Stream<Path> siblings = Files.list(folder)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("tampered"));
        }
    }

    @Test
    void aBadPolicyOrPurposeIsAUserError() throws IOException {
        Path policy = file("broken.yaml", "name: x", "purposes: {}", "versions: []");
        Cli.Result badPolicy = Cli.run("build", "--purpose", "genai-training", "--as-of", "2026-01-01T00:00:00Z", "--input", content.toString(),
                "--out", folder.resolve("x").toString(), "--db", db, "--policy", policy.toString());
        assertThat(badPolicy.status()).isEqualTo(2);
        assertThat(badPolicy.err()).contains("broken.yaml:2: purposes");
        Cli.Result badPurpose = Cli.run("build", "--purpose", "ads", "--as-of", "2026-01-01T00:00:00Z", "--input", content.toString(),
                "--out", folder.resolve("x").toString(), "--db", db);
        assertThat(badPurpose.status()).isEqualTo(2);
        assertThat(badPurpose.err()).contains("unknown purpose 'ads'");
        assertThat(folder.resolve("x")).doesNotExist();
    }

    /**
     * Enough lines for several of the build's batches (4,096 lines each), and shards of 700 records,
     * so that batches run on different threads and shard boundaries fall inside a batch's frame.
     */
    @Test
    void theShardsAreTheSameWhateverTheThreadCount() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            lines.add(post("c-" + i, i % 3 == 0 ? "m-us" : i % 3 == 1 ? "m-de" : "m-optout", i % 7 == 0 ? "message" : "post", "public",
                    Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 3600L).toString(),
                    "Post " + i + " by Quentin Zarro, call 212-555-01" + (10 + i % 90) + " or mail q" + i + "@example.org"));
        }
        content = file("many.jsonl", lines.toArray(String[]::new));
        assertThat(build("2026-01-01T00:00:00Z", "one", "--threads", "1", "--shard-records", "700").status()).isZero();
        assertThat(build("2026-01-01T00:00:00Z", "two", "--threads", "2", "--shard-records", "700").status()).isZero();
        assertThat(build("2026-01-01T00:00:00Z", "four", "--threads", "4", "--shard-records", "700").status()).isZero();
        Manifest one = Manifest.read(folder.resolve("one"));
        assertThat(one.outputs()).hasSizeGreaterThan(4);
        for (String other : List.of("two", "four")) {
            assertThat(Manifest.read(folder.resolve(other)).outputs()).isEqualTo(one.outputs());
            for (var output : one.outputs()) {
                assertThat(Files.readAllBytes(folder.resolve(other).resolve(output.file()))).isEqualTo(Files.readAllBytes(folder.resolve("one").resolve(output.file())));
            }
            assertThat(Cli.run("verify", folder.resolve(other).toString()).status()).isZero();
        }
    }

    @Test
    void parquetShardsReadBackWithTheSameRecordsAsJsonLines() throws IOException {
        assertThat(build("2026-01-01T00:00:00Z", "as-jsonl").status()).isZero();
        assertThat(build("2026-01-01T00:00:00Z", "as-parquet", "--format", "parquet").status()).isZero();
        Manifest parquet = Manifest.read(folder.resolve("as-parquet"));
        assertThat(parquet.format()).isEqualTo("parquet");
        assertThat(parquet.outputs()).extracting(output -> output.file()).containsExactly("part-00000.parquet");
        assertThat(records("as-parquet")).isNotEmpty().isEqualTo(records("as-jsonl"));
        assertThat(parquet.counts()).isEqualTo(Manifest.read(folder.resolve("as-jsonl")).counts());
        assertThat(Cli.run("verify", folder.resolve("as-parquet").toString()).status()).isZero();
    }

    @Test
    void csvInputGivesTheSameDatasetAsJsonLines() throws IOException {
        StringBuilder csv = new StringBuilder("text,id,member,kind,visibility,createdAt,lang\n");
        List<String> jsonl = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = "Post " + i + ", with \"quotes\" and a comma — by Quentin Zarro";
            csv.append('"').append(text.replace("\"", "\"\"")).append("\",c-").append(i).append(",m-us,post,public,2025-03-0").append(i + 1).append("T00:00:00Z,en\n");
            jsonl.add(post("c-" + i, "m-us", "post", "public", "2025-03-0" + (i + 1) + "T00:00:00Z", text));
        }
        Path csvFile = folder.resolve("content.csv");
        Files.writeString(csvFile, csv.toString());
        content = csvFile;
        assertThat(build("2026-01-01T00:00:00Z", "from-csv").status()).isZero();
        content = file("same.jsonl", jsonl.toArray(String[]::new));
        assertThat(build("2026-01-01T00:00:00Z", "from-jsonl").status()).isZero();
        assertThat(records("from-csv")).hasSize(5).isEqualTo(records("from-jsonl"));
        assertThat(records("from-csv").get(0).text()).isEqualTo("Post 0, with \"quotes\" and a comma — by <PERSON>");
    }

    /** A member who has not been told yet may still opt out before next month: no dataset as of it. */
    @Test
    void anAsOfInTheFutureIsRefused() throws IOException {
        String nextMonth = Instant.now().plus(java.time.Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        Cli.Result result = build(nextMonth, "future");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("as-of " + nextMonth + " is later than now (").contains("the consent ledger is not final")
                .doesNotContain("Exception", "\tat ");
        assertThat(folder.resolve("future")).doesNotExist();
        Path query = file("query.jsonl", "{\"member\":\"m-optout\",\"purpose\":\"genai-training\",\"at\":\"" + nextMonth + "\"}");
        Cli.Result decide = Cli.run("decide", "--queries", query.toString(), "--db", db);
        assertThat(decide.status()).as(decide.err()).isZero();
        assertThat(decide.out()).contains("\"reason\":\"OPTED_OUT\"");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "\n", "# no terms here\n\n  \n"})
    void aSpecialCategoryListWithNoTermsIsRefused(String text) throws IOException {
        Path terms = folder.resolve("terms.txt");
        Files.writeString(terms, text);
        Cli.Result result = build("2026-01-01T00:00:00Z", "no-terms", "--special-categories", terms.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(terms + ": the list has no terms; a special-category filter with no terms would filter nothing\n");
        assertThat(folder.resolve("no-terms")).doesNotExist();
    }

    /**
     * Ids repeat within a file, across its batches of 4,096 lines, and across files: the first in input
     * order (files in name order, then lines) is kept even when another reason excludes it, every later
     * one is DUPLICATE_ID, and the shards are the same whatever the thread count.
     */
    @Test
    void aRepeatedIdKeepsOnlyTheFirstRecordWhateverTheThreadCount() throws IOException {
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        List<String> a = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int id = i % 7_000;
            a.add(post("c-" + id, i % 2 == 0 ? "m-us" : "m-optout", i < 7_000 && id % 7 == 0 ? "message" : "post", i < 7_000 && id % 7 == 0 ? "private" : "public",
                    "2025-03-01T00:00:00Z", "Post " + i + " of file a"));
        }
        Files.writeString(inputs.resolve("a.jsonl"), String.join("\n", a) + "\n");
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            b.add(post("c-" + (i * 13), "m-us", "post", "public", "2025-03-01T00:00:00Z", "Post " + i + " of file b"));
        }
        Files.writeString(inputs.resolve("b.jsonl"), String.join("\n", b) + "\n");
        content = inputs;
        for (String threads : List.of("1", "2", "4")) {
            Cli.Result result = build("2026-01-01T00:00:00Z", "dup-" + threads, "--threads", threads, "--shard-records", "700");
            assertThat(result.status()).as(result.err()).isZero();
        }
        Manifest one = Manifest.read(folder.resolve("dup-1"));
        assertThat(one.counts().read()).isEqualTo(10_500);
        assertThat(one.counts().excluded()).containsEntry(Exclusion.DUPLICATE_ID, 3_500L).containsEntry(Exclusion.KIND_NOT_ELIGIBLE, 1_000L);
        List<ShardRecord> records = records("dup-1");
        assertThat(records).hasSize(6_000);
        assertThat(new HashSet<>(ids(records))).hasSize(6_000);
        assertThat(records).allSatisfy(record -> assertThat(record.text()).isEqualTo("Post " + record.id().substring(2) + " of file a"));
        for (String other : List.of("dup-2", "dup-4")) {
            assertThat(Manifest.read(folder.resolve(other)).outputs()).isEqualTo(one.outputs());
            assertThat(Manifest.read(folder.resolve(other)).counts()).isEqualTo(one.counts());
            for (var output : one.outputs()) {
                assertThat(Files.readAllBytes(folder.resolve(other).resolve(output.file()))).isEqualTo(Files.readAllBytes(folder.resolve("dup-1").resolve(output.file())));
            }
        }
    }

    /** A BOM opens a CSV or JSON Lines file as an editor wrote it; one further down is files pasted together, refused with its line. */
    @Test
    void aByteOrderMarkIsAcceptedOnlyAtTheStartOfAFile() throws IOException {
        Path inputs = Files.createDirectories(folder.resolve("bom"));
        Files.writeString(inputs.resolve("a.csv"), "\uFEFFid,member,kind,visibility,createdAt,text,lang\n"
                + "c-csv-1,m-us,post,public,2025-03-01T00:00:00Z,From a CSV,en\n"
                + "\uFEFFc-csv-2,m-us,post,public,2025-03-01T00:00:00Z,Pasted below,en\n");
        Files.writeString(inputs.resolve("b.jsonl"), "\uFEFF" + post("c-json-1", "m-us", "post", "public", "2025-03-01T00:00:00Z", "From JSON Lines") + "\n"
                + "\uFEFF" + post("c-json-2", "m-us", "post", "public", "2025-03-01T00:00:00Z", "Pasted below") + "\n");
        content = inputs;
        Cli.Result result = build("2026-01-01T00:00:00Z", "bom-ds");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(ids(records("bom-ds"))).containsExactly("c-csv-1", "c-json-1");
        assertThat(Files.readAllLines(folder.resolve("bom-ds/rejects.jsonl"))).containsExactly(
                JSON.createObjectNode().put("file", inputs.resolve("a.csv").toString()).put("line", 3)
                        .put("error", "a byte order mark is allowed only at the start of the file").toString(),
                JSON.createObjectNode().put("file", inputs.resolve("b.jsonl").toString()).put("line", 2)
                        .put("error", "a byte order mark is allowed only at the start of the file").toString());
    }
}
