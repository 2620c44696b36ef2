package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redact} never writes over what it reads (issue 8, item 2): an output that is an input —
 * by the same name, through a symbolic or a hard link — or that is another output is refused
 * before anything is opened for writing, and the input keeps every byte.
 */
class RedactOutputSafetyTest {
    private static final String POSTS = "{\"text\":\"Mail jane.doe@example.com\"}\nnot json\n";

    @TempDir
    Path folder;
    Path input;

    @BeforeEach
    void input() throws IOException {
        input = folder.resolve("posts.jsonl");
        Files.writeString(input, POSTS, StandardCharsets.UTF_8);
    }

    private void assertRefusedAndInputKept(Cli.Result result, String... messages) throws IOException {
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(messages).doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(input)).isEqualTo(POSTS);
    }

    @Test
    void outputIsTheInput() throws IOException {
        assertRefusedAndInputKept(Cli.run("redact", "--input", input.toString(), "--output", input.toString(), "-q"),
                input.toString(), "is the input");
    }

    @Test
    void outputNamesTheInputAnotherWay() throws IOException {
        Files.createDirectory(folder.resolve("sub"));
        String other = folder.resolve("sub").resolve("..").resolve("posts.jsonl").toString();
        assertRefusedAndInputKept(Cli.run("redact", "--input", input.toString(), "--output", other, "-q"), "is the input");
    }

    @Test
    void rejectsFileIsTheInput() throws IOException {
        assertRefusedAndInputKept(Cli.run("redact", "--input", input.toString(), "--output", folder.resolve("clean.jsonl").toString(),
                "--rejects", input.toString(), "-q"), "is the input");
        assertThat(folder.resolve("clean.jsonl")).doesNotExist();
    }

    @Test
    void outputIsASymbolicLinkToTheInput() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), input);
        assertRefusedAndInputKept(Cli.run("redact", "--input", input.toString(), "--output", link.toString(), "-q"), "is the input");
    }

    @Test
    void outputIsAHardLinkToTheInput() throws IOException {
        Path link = Files.createLink(folder.resolve("hard.jsonl"), input);
        assertRefusedAndInputKept(Cli.run("redact", "--input", link.toString(), "--output", input.toString(), "-q"), "is the input");
    }

    @Test
    void outputAndRejectsAreOneFile() throws IOException {
        Path out = folder.resolve("out.jsonl");
        assertRefusedAndInputKept(Cli.run("redact", "--input", input.toString(), "--output", out.toString(), "--rejects", out.toString(), "-q"),
                "the rejects file", "is the output");
        assertThat(out).doesNotExist();
    }

    @Test
    void outputIsTheKeyOrTheConfiguration() throws IOException {
        Path key = folder.resolve("secret.key");
        Files.writeString(key, "k".repeat(32));
        Cli.Result overKey = Cli.run("redact", "--input", input.toString(), "--output", key.toString(), "--operator", "pseudonym",
                "--key-file", key.toString(), "-q");
        assertRefusedAndInputKept(overKey, "is the key file");
        assertThat(Files.readString(key)).isEqualTo("k".repeat(32));
        Path config = folder.resolve("redact.yaml");
        Files.writeString(config, "enabled: [EMAIL_ADDRESS]\n");
        assertRefusedAndInputKept(Cli.run("redact", "--input", input.toString(), "--output", folder.resolve("o.jsonl").toString(),
                "--rejects", config.toString(), "--config", config.toString(), "-q"), "is the detector configuration");
        assertThat(Files.readString(config)).isEqualTo("enabled: [EMAIL_ADDRESS]\n");
    }

    @Test
    void distinctFilesStillWork() throws IOException {
        Cli.Result result = Cli.run("redact", "--input", input.toString(), "--output", folder.resolve("clean.jsonl").toString(), "-q");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(Files.readString(folder.resolve("clean.jsonl"))).contains("<EMAIL_ADDRESS>");
        assertThat(folder.resolve("clean.jsonl.rejects.jsonl")).exists();
    }

    /** {@code import} writes the database: it may not be the file being imported. */
    @Test
    void theDatabaseIsNeverTheImportedFile() throws IOException {
        Path members = folder.resolve("members.jsonl");
        Files.writeString(members, "{\"id\":\"m-1\",\"country\":\"US\"}\n");
        for (String kind : new String[] {"members", "events"}) {
            Cli.Result result = Cli.run("import", kind, members.toString(), "--db", "jdbc:sqlite:" + members);
            assertThat(result.status()).as(result.err()).isEqualTo(2);
            assertThat(result.err()).contains(members + ": the database is the input").doesNotContain("Exception");
            assertThat(members).hasContent("{\"id\":\"m-1\",\"country\":\"US\"}");
        }
    }
}
