package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.build.Manifest;

/**
 * What {@code build --out X --force} may replace (issue 8, items 1 and 12): only a folder that
 * holds a published dataset, never a file, a symbolic link, the root, or a folder that holds the
 * database, an input or the working directory. Every refusal is exit 2 with a message and deletes
 * nothing.
 */
class DatasetOutputSafetyTest {
    @TempDir
    Path folder;
    String db;
    Path dbFile;
    Path content;

    @BeforeEach
    void platform() throws IOException {
        Files.createDirectories(folder.resolve("data"));
        dbFile = folder.resolve("data").resolve("c.db");
        db = "jdbc:sqlite:" + dbFile;
        Path members = write(folder.resolve("members.jsonl"), "{\"id\":\"m-1\",\"country\":\"US\"}");
        Path events = write(folder.resolve("events.jsonl"),
                "{\"type\":\"setting\",\"member\":\"m-1\",\"purpose\":\"genai-training\",\"enabled\":true,\"at\":\"2025-01-01T00:00:00Z\"}");
        assertThat(Cli.run("import", "members", members.toString(), "--db", db).status()).isZero();
        assertThat(Cli.run("import", "events", events.toString(), "--db", db).status()).isZero();
        content = write(folder.resolve("content.jsonl"),
                "{\"id\":\"c-1\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-03-01T00:00:00Z\",\"text\":\"Hello\",\"lang\":\"en\"}");
    }

    private static Path write(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private List<String> build(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--purpose", "genai-training", "--as-of", "2026-01-01T00:00:00Z", "--input",
                content.toString(), "--out", out.toString(), "--db", db, "-q"));
        args.addAll(List.of(more));
        return args;
    }

    private static void assertUserError(Cli.Result result, String... messages) {
        assertThat(result.status()).as("%s", result.err()).isEqualTo(2);
        assertThat(result.err()).contains(messages).doesNotContain("Exception", "\tat ");
    }

    private long ledgerEntries() {
        Cli.Result verify = Cli.run("ledger", "verify", "--db", db);
        assertThat(verify.status()).as(verify.err()).isZero();
        return Long.parseLong(verify.out().replaceAll("(?s).*?(\\d+) entr.*", "$1"));
    }

    private List<String> hiddenSiblings(Path parent) throws IOException {
        try (Stream<Path> files = Files.list(parent)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }

    @Test
    void forceNeverReplacesTheDatabaseFolder() throws IOException {
        long entries = ledgerEntries();
        Files.writeString(folder.resolve("data").resolve(Manifest.FILE), "{}");
        assertUserError(Cli.run(build(folder.resolve("data"), "--force")), folder.resolve("data").toString(), "the database");
        assertThat(dbFile).exists();
        assertThat(ledgerEntries()).isEqualTo(entries).isPositive();
        assertThat(hiddenSiblings(folder)).isEmpty();
    }

    @Test
    void forceNeverReplacesAFile() throws IOException {
        String before = Files.readString(content);
        assertUserError(Cli.run(build(content, "--force")), content.toString(), "is a file");
        assertUserError(Cli.run(build(content)), content.toString(), "is a file");
        assertThat(Files.readString(content)).isEqualTo(before);
        assertThat(hiddenSiblings(folder)).isEmpty();
    }

    @Test
    void forceReplacesOnlyAFolderHoldingADataset() throws IOException {
        Path notes = Files.createDirectory(folder.resolve("notes"));
        write(notes.resolve("todo.txt"), "keep me");
        assertUserError(Cli.run(build(notes, "--force")), notes.toString(), "not a published dataset");
        assertThat(notes.resolve("todo.txt")).hasContent("keep me");
    }

    @Test
    void forceNeverReplacesAFolderHoldingAnInputOrAnAncestorOfOne() throws IOException {
        Path ds = folder.resolve("ds");
        assertThat(Cli.run(build(ds)).status()).isZero();
        Path inside = Files.copy(content, ds.resolve("content.jsonl"));
        content = inside;
        assertUserError(Cli.run(build(ds, "--force")), "the input " + inside);
        assertThat(inside).exists();
        assertThat(Cli.run(build(folder.resolve("other"))).status()).isZero();
        // an ancestor of the input, even one that looks like a dataset
        Files.copy(ds.resolve(Manifest.FILE), folder.resolve(Manifest.FILE));
        assertUserError(Cli.run(build(folder, "--force")), "the input");
        assertThat(folder.resolve("members.jsonl")).exists();
    }

    @Test
    void forceNeverReplacesThePreviousDatasetOfAnIncrementalBuild() throws IOException {
        Path base = folder.resolve("base");
        assertThat(Cli.run(build(base)).status()).isZero();
        String manifest = Files.readString(base.resolve(Manifest.FILE));
        List<String> args = new ArrayList<>(build(base, "--force", "--since", base.toString()));
        args.set(args.indexOf("2026-01-01T00:00:00Z"), "2026-02-01T00:00:00Z");
        assertUserError(Cli.run(args.toArray(String[]::new)), "the previous dataset");
        assertThat(base.resolve(Manifest.FILE)).hasContent(manifest);
    }

    @Test
    void forceNeverReplacesThroughASymbolicLink() throws IOException {
        Path ds = folder.resolve("ds");
        assertThat(Cli.run(build(ds)).status()).isZero();
        Path link = Files.createSymbolicLink(folder.resolve("link"), ds);
        assertUserError(Cli.run(build(link, "--force")), link.toString(), "symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Cli.run("verify", ds.toString()).status()).isZero();
    }

    @Test
    void theRootIsNeverAnOutput() {
        assertUserError(Cli.run(build(Path.of("/"))), "/");
    }

    /** A dataset inside another one would be deleted with it by a --force of the outer one, its lineage left pointing nowhere. */
    @Test
    void noDatasetIsPublishedInsideAnotherAndForceNeverDeletesAFolder() throws IOException {
        Path outer = folder.resolve("outer");
        assertThat(Cli.run(build(outer)).status()).isZero();
        assertUserError(Cli.run(build(outer.resolve("inner"))), outer.resolve("inner").toString(), "is inside the published dataset " + outer);
        assertThat(outer.resolve("inner")).doesNotExist();

        Path keep = Files.createDirectory(outer.resolve("kept"));
        write(keep.resolve("notes.txt"), "keep me");
        assertUserError(Cli.run(build(outer, "--force")), outer.toString(), "holds a folder");
        assertThat(keep.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void forceStillReplacesADatasetAndLeavesNothingBeside() throws IOException {
        Path ds = folder.resolve("ds");
        assertThat(Cli.run(build(ds)).status()).isZero();
        Cli.Result again = Cli.run(build(ds, "--force"));
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Cli.run("verify", ds.toString()).status()).isZero();
        assertThat(hiddenSiblings(folder)).isEmpty();
    }

    @Test
    void replacingADatasetSupersedesItsRowAndKeepsItsLineage() throws IOException {
        Path ds = folder.resolve("ds");
        assertThat(Cli.run(build(ds)).status()).isZero();
        String first = Manifest.read(ds).dataset();
        assertThat(Cli.run(build(ds, "--force")).status()).isZero();
        String second = Manifest.read(ds).dataset();
        assertThat(second).isNotEqualTo(first);

        assertThat(Cli.run("datasets", "list", "--db", db, "--json").outLines()).hasSize(1).first().asString().contains(second);
        List<String> all = Cli.run("datasets", "list", "--all", "--db", db, "--json").outLines();
        assertThat(all).hasSize(2);
        assertThat(all.get(0)).contains(first, "\"replacedBy\":\"" + second + "\"");
        assertThat(all.get(1)).contains(second, "\"replacedBy\":null");
        List<String> uses = Cli.run("lineage", "member", "m-1", "--db", db, "--json").outLines();
        assertThat(uses).as("the replaced dataset used the member's data: its lineage stays").hasSize(2);
        assertThat(uses.get(0)).contains(first, "\"replacedBy\":\"" + second + "\"");
        assertThat(Cli.run("lineage", "member", "m-1", "--db", db).out()).contains("replaced by " + second);
    }

    /** In a child JVM whose working directory is a dataset-looking folder: {@code --out . --force} must not delete it. */
    @Test
    void forceNeverReplacesTheWorkingDirectory() throws Exception {
        Path work = Files.createDirectory(folder.resolve("work"));
        Files.writeString(work.resolve(Manifest.FILE), "{}");
        write(work.resolve("notes.txt"), "mine");
        for (String out : List.of(".", "..")) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(build(Path.of(out), "--force"));
            Process child = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("child.log").toFile()).start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String log = Files.readString(folder.resolve("child.log"));
            assertThat(child.exitValue()).as(log).isEqualTo(2);
            assertThat(log).contains("the working directory").doesNotContain("Exception");
            assertThat(work.resolve("notes.txt")).hasContent("mine");
        }
    }
}
