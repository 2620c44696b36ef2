package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void aSecondBuildOfTheSameOutputFailsWhileTheFirstRuns() throws Exception {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        new DemoPlatform(5, 500, now).write(folder, 80_000);
        String db = "jdbc:sqlite:" + folder.resolve("c.db");
        assertThat(Cli.run("import", "members", folder.resolve("members.jsonl").toString(), "--db", db).status()).isZero();
        assertThat(Cli.run("import", "events", folder.resolve("events.jsonl").toString(), "--db", db).status()).isZero();
        Path parent = Files.createDirectory(folder.resolve("datasets"));
        Path out = parent.resolve("shared");
        List<String> build = List.of("build", "--purpose", "genai-training", "--as-of", now.toString(), "--input",
                folder.resolve("content.jsonl.zst").toString(), "--out", out.toString(), "--db", db, "--threads", "1", "--shard-records", "1000", "-q");

        Process first = new ProcessBuilder(Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), Main.class.getName()), build.stream()).toList())
                .redirectErrorStream(true).redirectOutput(folder.resolve("first.log").toFile()).start();
        // Wait until the first build is writing shards: from then on it holds the output until it publishes.
        boolean writing = false;
        for (int i = 0; i < 1200 && !writing && first.isAlive(); i++) {
            Thread.sleep(50);
            writing = writingShards(parent, "shared");
        }
        assertThat(writing).as("the first build started writing (log: %s)", Files.readString(folder.resolve("first.log"))).isTrue();

        Cli.Result second = Cli.run(build.toArray(String[]::new));
        Cli.Result forced = Cli.run(Stream.concat(build.stream(), Stream.of("--force")).toArray(String[]::new));

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

    /** Any hidden folder of this output's builds, at any depth up to two, that holds a second shard. */
    static boolean writingShards(Path parent, String name) throws IOException {
        try (Stream<Path> files = Files.walk(parent, 3)) {
            return files.anyMatch(path -> path.getFileName().toString().startsWith("part-00001")
                    && parent.relativize(path).getName(0).toString().startsWith("." + name + "."));
        }
    }
}
