package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.build.Digests;

/**
 * {@code verify} reads a manifest strictly and stays inside the dataset folder (issue 8, items 7,
 * 12 and 14): a manifest with an unknown, duplicate, missing or null field is a user error naming
 * the file, the field and the line (exit 2); a file name that is not a plain name in the folder,
 * or a dataset file that is a symbolic link, is a problem of the dataset (exit 1), never followed.
 */
class DatasetVerifyTest {
    @TempDir
    Path folder;
    Path ds;
    Path manifest;
    String original;

    @BeforeEach
    void dataset() throws IOException {
        String db = "jdbc:sqlite:" + folder.resolve("c.db");
        Path members = Files.writeString(folder.resolve("members.jsonl"), "{\"id\":\"m-1\",\"country\":\"US\"}\n");
        Path events = Files.writeString(folder.resolve("events.jsonl"),
                "{\"type\":\"setting\",\"member\":\"m-1\",\"purpose\":\"genai-training\",\"enabled\":true,\"at\":\"2025-01-01T00:00:00Z\"}\n");
        Path content = Files.writeString(folder.resolve("content.jsonl"),
                "{\"id\":\"c-1\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-03-01T00:00:00Z\",\"text\":\"Hello\",\"lang\":\"en\"}\n");
        assertThat(Cli.run("import", "members", members.toString(), "--db", db).status()).isZero();
        assertThat(Cli.run("import", "events", events.toString(), "--db", db).status()).isZero();
        ds = folder.resolve("ds");
        assertThat(Cli.run("build", "--purpose", "genai-training", "--as-of", "2026-01-01T00:00:00Z", "--input", content.toString(), "--out",
                ds.toString(), "--db", db, "-q").status()).isZero();
        manifest = ds.resolve("manifest.json");
        original = Files.readString(manifest);
        assertThat(Cli.run("verify", ds.toString()).status()).isZero();
    }

    private Cli.Result verifyWith(String manifestText) throws IOException {
        Files.writeString(manifest, manifestText, StandardCharsets.UTF_8);
        return Cli.run("verify", ds.toString());
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    private static void assertUserError(Cli.Result result, String... messages) {
        assertThat(result.status()).as("%s", result.err()).isEqualTo(2);
        assertThat(result.err()).contains(messages).doesNotContain("Exception", "\tat ");
    }

    @Test
    void nullOutputsIsAUserError() throws IOException {
        String changed = original.replaceFirst("(?s)\"outputs\" : \\[.*?\\]", "\"outputs\" : null");
        assertThat(changed).isNotEqualTo(original);
        assertUserError(verifyWith(changed), manifest + ":" + lineOf(changed, "\"outputs\""), "outputs");
    }

    @Test
    void aMissingRequiredFieldIsAUserError() throws IOException {
        String changed = original.replaceFirst("\"dataset\" : \"[^\"]*\",", "");
        assertUserError(verifyWith(changed), manifest.toString(), "dataset", "missing");
    }

    @Test
    void aNullInsideAFileEntryIsAUserError() throws IOException {
        String changed = original.replaceFirst("\"sha256\" : \"[0-9a-f]{64}\"", "\"sha256\" : null");
        assertUserError(verifyWith(changed), manifest.toString(), "sha256");
    }

    @Test
    void anUnknownKeyIsAUserErrorNamingItsLine() throws IOException {
        String changed = original.replaceFirst("\"purpose\" :", "\"porpose\" : \"x\",\n  \"purpose\" :");
        assertUserError(verifyWith(changed), manifest + ":" + lineOf(changed, "\"porpose\""), "porpose");
        String nested = original.replaceFirst("\"records\" :", "\"recrods\" : 1,\n    \"records\" :");
        assertUserError(verifyWith(nested), manifest + ":" + lineOf(nested, "\"recrods\""), "recrods");
    }

    @Test
    void aDuplicateKeyIsAUserErrorNamingItsLine() throws IOException {
        String changed = original.replaceFirst("\"purpose\" :", "\"purpose\" : \"ads\",\n  \"purpose\" :");
        int second = lineOf(changed, "\"purpose\"") + 1;
        assertUserError(verifyWith(changed), manifest + ":" + second, "duplicate", "purpose");
    }

    @Test
    void aFileNameLeavingTheFolderIsAProblemAndIsNotRead() throws IOException {
        Path outside = Files.writeString(folder.resolve("secret.txt"), "not part of the dataset");
        String changed = original.replace("\"README.md\"", "\"../secret.txt\"")
                .replaceFirst("(\"file\" : \"../secret.txt\",\\s*\"records\" : \\d+,\\s*\"bytes\" : )\\d+(,\\s*\"sha256\" : \")[0-9a-f]{64}",
                        "$1" + Files.size(outside) + "$2" + Digests.sha256(outside));
        assertThat(changed).contains("../secret.txt").contains(Digests.sha256(outside));
        Cli.Result result = verifyWith(changed);
        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains("../secret.txt: not a plain file name in the dataset folder").doesNotContain("Exception");
        for (String name : new String[] {"/etc/passwd", "sub/part.jsonl.zst", ".", ".."}) {
            Cli.Result other = verifyWith(original.replace("\"README.md\"", "\"" + name + "\""));
            assertThat(other.status()).isEqualTo(1);
            assertThat(other.err()).contains(name + ": not a plain file name");
        }
    }

    @Test
    void aDatasetFileThatIsASymbolicLinkIsAProblem() throws IOException {
        Path shard = ds.resolve("part-00000.jsonl.zst");
        Path moved = Files.move(shard, folder.resolve("elsewhere.zst"));
        Files.createSymbolicLink(shard, moved);
        Cli.Result result = Cli.run("verify", ds.toString());
        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains("part-00000.jsonl.zst: a symbolic link");
    }

    @Test
    void aNameListedTwiceIsAProblem() throws IOException {
        Cli.Result result = verifyWith(original.replace("\"README.md\"", "\"part-00000.jsonl.zst\""));
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("part-00000.jsonl.zst: listed more than once");
    }
}
