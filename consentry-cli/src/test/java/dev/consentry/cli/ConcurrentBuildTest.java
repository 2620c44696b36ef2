package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.build.Manifest;
import dev.consentry.dataset.demo.DemoPlatform;

/**
 * One build per output at a time (issue 8, item 3): while a build in another process is writing
 * an output, a second build of that output fails with a clear message and touches nothing of the
 * first; the first publishes; one row is listed; nothing is left beside the output folder.
 */
class ConcurrentBuildTest {
    @TempDir
    Path folder;

    /**
     * The first build is held at its last step — recording the lineage — by a write transaction
     * this test keeps open on the database, so that it provably holds the output while the others
     * try: no timing is involved. Then the transaction ends and the first build publishes.
     */
    @Test
    void aSecondBuildOfTheSameOutputFailsWhileTheFirstRuns() throws Exception {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        new DemoPlatform(5, 200, now).write(folder, 2_000);
        String db = "jdbc:sqlite:" + folder.resolve("c.db");
        assertThat(Cli.run("import", "members", folder.resolve("members.jsonl").toString(), "--db", db).status()).isZero();
        assertThat(Cli.run("import", "events", folder.resolve("events.jsonl").toString(), "--db", db).status()).isZero();
        Path parent = Files.createDirectory(folder.resolve("datasets"));
        Path out = parent.resolve("shared");
        List<String> build = List.of("build", "--purpose", "genai-training", "--as-of", now.toString(), "--input",
                folder.resolve("content.jsonl.zst").toString(), "--out", out.toString(), "--db", db, "--threads", "1", "-q");

        Process first;
        Cli.Result second;
        Cli.Result forced;
        try (Connection writer = DriverManager.getConnection(db); Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            first = new ProcessBuilder(Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                            System.getProperty("java.class.path"), Main.class.getName()), build.stream()).toList())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("first.log").toFile()).start();
            // The manifest is the last file written before the lineage is recorded, which waits for this transaction.
            boolean waiting = false;
            for (int i = 0; i < 2400 && !waiting && first.isAlive(); i++) {
                Thread.sleep(50);
                waiting = hiddenFile(parent, "shared", "manifest.json");
            }
            assertThat(waiting).as("the first build reached publishing (log: %s)", Files.readString(folder.resolve("first.log"))).isTrue();

            second = Cli.run(build.toArray(String[]::new));
            forced = Cli.run(Stream.concat(build.stream(), Stream.of("--force")).toArray(String[]::new));
            assertThat(hiddenFile(parent, "shared", "manifest.json")).as("the others left the first build's work alone").isTrue();
            assertThat(first.isAlive()).isTrue();
            statement.execute("ROLLBACK");
        }

        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(folder.resolve("first.log"));
        assertThat(first.exitValue()).as(log).isZero();
        assertThat(log).contains("published");
        for (Cli.Result refused : List.of(second, forced)) {
            assertThat(refused.status()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err()).contains(out.toString(), "another build").doesNotContain("Exception", "published");
            assertThat(refused.out()).doesNotContain("published");
        }
        assertThat(Cli.run("verify", out.toString()).status()).isZero();
        assertThat(Cli.run("datasets", "list", "--db", db, "--json").outLines()).hasSize(1)
                .first().asString().contains(Manifest.read(out).dataset());
        try (Stream<Path> siblings = Files.list(parent)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).containsExactly("shared");
        }
    }

    /** Whether a hidden folder of this output's builds, at any depth up to two, holds a file of this name. */
    static boolean hiddenFile(Path parent, String name, String file) throws IOException {
        try (Stream<Path> files = Files.walk(parent, 3)) {
            return files.anyMatch(path -> path.getFileName().toString().equals(file)
                    && parent.relativize(path).getName(0).toString().startsWith("." + name + "."));
        }
    }
}
