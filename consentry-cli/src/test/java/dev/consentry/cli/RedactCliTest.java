package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consentry redact} end to end: text mode, JSON Lines mode, rejects, operators, keys, eval. */
class RedactCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path file(String name, String... lines) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return path;
    }

    private Cli.Result withStdin(String stdin, String... args) {
        InputStream savedIn = System.in;
        PrintStream savedOut = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Cli.Result result = Cli.run(args);
            return new Cli.Result(result.status(), captured.toString(StandardCharsets.UTF_8) + result.out(), result.err());
        } finally {
            System.setIn(savedIn);
            System.setOut(savedOut);
        }
    }

    @Test
    void textModeRedactsStdinToStdout() {
        Cli.Result result = withStdin("Mail jane.doe@example.com or call +1 415-555-0134\n", "redact");
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>\n");
    }

    @Test
    void jsonLinesKeepOtherFieldsAndGiveCodePointSpans() throws IOException {
        Path input = file("posts.jsonl",
                "{\"id\":\"c-1\",\"text\":\"😀 write to jane.doe@example.com\",\"score\":1.10,\"tags\":[\"a\"]}",
                "{\"id\":\"c-2\",\"text\":\"nothing to see\",\"nested\":{\"x\":null}}");
        Path output = folder.resolve("clean.jsonl");
        Cli.Result result = Cli.run("redact", "--input", input.toString(), "--output", output.toString(), "--spans", "--quiet", "--threads", "2");
        assertThat(result.status()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).containsExactly(
                "{\"id\":\"c-1\",\"text\":\"😀 write to <EMAIL_ADDRESS>\",\"score\":1.10,\"tags\":[\"a\"],\"pii\":[{\"start\":11,\"end\":31,\"type\":\"EMAIL_ADDRESS\",\"score\":0.95}]}",
                "{\"id\":\"c-2\",\"text\":\"nothing to see\",\"nested\":{\"x\":null},\"pii\":[]}");
        String original = "😀 write to jane.doe@example.com";
        assertThat(original.codePoints().skip(11).limit(20).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("jane.doe@example.com");
        assertThat(folder.resolve("clean.jsonl.rejects.jsonl")).doesNotExist();
    }

    @Test
    void badLinesGoToRejectsAndTheRunGoesOn() throws IOException {
        Path input = folder.resolve("mixed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input))) {
            out.write("{\"text\":\"call 212-555-0188\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("[1,2]\n{\"text\":17}\n{\"body\":\"x\"}\nnot json at all\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x01, '\n'});
            out.write("{\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path output = folder.resolve("out.jsonl.zst");
        Cli.Result result = Cli.run("redact", "--input", input.toString(), "--output", output.toString());
        assertThat(result.status()).isZero();
        assertThat(result.err()).contains("redacted 2 of 7 records", "rejected 5 lines: see " + output + ".rejects.jsonl");
        try (InputStream in = new ZstdInputStream(Files.newInputStream(output))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .containsExactly("{\"text\":\"call <PHONE_NUMBER>\"}", "{\"text\":\"fine\"}");
        }
        assertThat(Files.readAllLines(folder.resolve("out.jsonl.zst.rejects.jsonl"))).containsExactly(
                "{\"file\":\"" + input + "\",\"line\":2,\"reason\":\"not a JSON object\"}",
                "{\"file\":\"" + input + "\",\"line\":3,\"reason\":\"field 'text' is not a string\"}",
                "{\"file\":\"" + input + "\",\"line\":4,\"reason\":\"no field 'text'\"}",
                "{\"file\":\"" + input + "\",\"line\":5,\"reason\":\"not valid JSON\"}",
                "{\"file\":\"" + input + "\",\"line\":6,\"reason\":\"not valid UTF-8\"}");
    }

    @Test
    void aFiftyMegabyteLineAndBinaryJunkNeitherHangNorCrash() throws IOException {
        Path input = folder.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(input)) {
            out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "lorem ipsum 12345 dolor@ ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            byte[] junk = new byte[1 << 20];
            new java.util.Random(7).nextBytes(junk);
            out.write(junk);
            out.write("\n{\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path output = folder.resolve("huge-out.jsonl");
        Cli.Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> Cli.run("redact", "--input", input.toString(), "--output", output.toString()));
        assertThat(result.status()).isZero();
        assertThat(Files.readAllLines(output)).hasSize(2).last().isEqualTo("{\"text\":\"ok\"}");
        assertThat(Files.readAllLines(folder.resolve("huge-out.jsonl.rejects.jsonl"))).isNotEmpty()
                .allMatch(line -> line.matches(".*\"reason\":\"(not valid UTF-8|not valid JSON|not a JSON object)\"}"));
    }

    @Test
    void pseudonymsAreStableAcrossRunsAndNeedAKeyFromAFile() throws IOException {
        Path input = file("p.jsonl", "{\"text\":\"Contact jane.doe@example.com today\"}", "{\"text\":\"jane.doe@example.com again\"}");
        Path key = folder.resolve("secret.key");
        Files.writeString(key, "0123456789abcdef0123456789abcdef\n");
        Path first = folder.resolve("a.jsonl");
        Path second = folder.resolve("b.jsonl");
        assertThat(Cli.run("redact", "--input", input.toString(), "--output", first.toString(), "--operator", "pseudonym", "--key-file", key.toString(), "-q").status()).isZero();
        assertThat(Cli.run("redact", "--input", input.toString(), "--output", second.toString(), "--operator", "pseudonym", "--key-file", key.toString(), "-q").status()).isZero();
        List<String> lines = Files.readAllLines(first);
        assertThat(lines).isEqualTo(Files.readAllLines(second));
        String token = JSON.readTree(lines.get(0)).get("text").asText().replace("Contact ", "").replace(" today", "");
        assertThat(token).matches("<EMAIL_ADDRESS_[0-9a-f]{6}>");
        assertThat(JSON.readTree(lines.get(1)).get("text").asText()).isEqualTo(token + " again");
        assertThat(String.join("", lines)).doesNotContain("jane");
    }

    @Test
    void keyProblemsAreUserErrorsThatNeverEchoTheKey() throws IOException {
        Path input = file("p.jsonl", "{\"text\":\"x\"}");
        Cli.Result noKey = Cli.run("redact", "--input", input.toString(), "--operator", "surrogate");
        assertThat(noKey.status()).isEqualTo(2);
        assertThat(noKey.err()).contains("needs a secret key: --key-file FILE or the environment variable CONSENTRY_REDACT_KEY");
        Path shortKey = folder.resolve("short.key");
        Files.writeString(shortKey, "tiny-secret");
        Cli.Result tooShort = Cli.run("redact", "--input", input.toString(), "--operator", "pseudonym", "--key-file", shortKey.toString());
        assertThat(tooShort.status()).isEqualTo(2);
        assertThat(tooShort.err()).contains("the key must be at least 16 bytes, was 11").doesNotContain("tiny-secret");
        Cli.Result onCommandLine = Cli.run("redact", "--input", input.toString(), "--operator", "pseudonym", "--key", "0123456789abcdef0123");
        assertThat(onCommandLine.status()).isEqualTo(2);
    }

    @Test
    void dropOperatorCountsDroppedRecords() throws IOException {
        Path input = file("d.jsonl", "{\"text\":\"my SSN is 123-45-6789\"}", "{\"text\":\"a quiet day\"}");
        Path output = folder.resolve("d-out.jsonl");
        Cli.Result result = Cli.run("redact", "--input", input.toString(), "--output", output.toString(), "--operator", "drop");
        assertThat(result.err()).contains("dropped 1 records: TYPE_PRESENT 1");
        assertThat(Files.readAllLines(output)).containsExactly("{\"text\":\"a quiet day\"}");
    }

    @Test
    void knownMembersAreFoundByNameAndHandle() throws IOException {
        Path members = file("members.jsonl", "{\"id\":\"m-1\",\"country\":\"US\",\"name\":\"Zyxor Quandt\",\"handles\":[\"zq_builds\"]}");
        Path input = file("k.jsonl", "{\"text\":\"great talk by zyxor quandt, follow zq_builds\"}");
        Path output = folder.resolve("k-out.jsonl");
        Cli.run("redact", "--input", input.toString(), "--output", output.toString(), "--members", members.toString(), "-q");
        assertThat(Files.readAllLines(output)).containsExactly("{\"text\":\"great talk by <PERSON>, follow <SOCIAL_HANDLE>\"}");
    }

    @Test
    void aBadConfigNamesFileLineAndKey() throws IOException {
        Path config = file("redact.yaml", "enabled: [EMAIL_ADDRESS]", "min_scores:", "  TELEPATHY: 0.5");
        Cli.Result result = withStdin("x\n", "redact", "--config", config.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith(config + ":3: ").contains("TELEPATHY");
    }

    @Test
    void evalPrintsPerTypeScores() throws IOException {
        Path gold = file("gold.jsonl",
                "{\"text\":\"mail bob.rivers@example.org now\",\"spans\":[{\"label\":\"EMAIL_ADDRESS\",\"start\":5,\"end\":25}]}",
                "{\"text\":\"nothing here\",\"spans\":[]}");
        Cli.Result result = Cli.run("redact", "eval", "--gold", gold.toString(), "--labels", "presidio");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("EMAIL_ADDRESS").contains("1.000");
        Cli.Result bad = Cli.run("redact", "eval", "--gold", file("bad.jsonl", "{\"text\":\"x\",\"spans\":[{\"label\":\"PERSON\",\"start\":\"a\",\"end\":1}]}").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.jsonl:1: field 'start' must be a whole number");
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            lines.append("{\"n\":").append(i).append(",\"text\":\"user").append(i).append("@example.com called 212-555-01").append(i % 90 + 10).append("\"}\n");
        }
        Path input = folder.resolve("many.jsonl");
        Files.writeString(input, lines);
        Path one = folder.resolve("one.jsonl");
        Path four = folder.resolve("four.jsonl");
        Cli.run("redact", "--input", input.toString(), "--output", one.toString(), "--threads", "1", "-q");
        Cli.run("redact", "--input", input.toString(), "--output", four.toString(), "--threads", "4", "-q");
        assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
        JsonNode last = JSON.readTree(Files.readAllLines(one).get(2999));
        assertThat(last.get("n").asInt()).isEqualTo(2999);
    }
}
