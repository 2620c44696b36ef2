package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.demo.DemoPlatform;

/**
 * {@code kill -9} in the middle of a build: nothing is published and no lineage is recorded; the
 * only leftover is the build's hidden folder beside the output (its lock released by the OS), which
 * the next build of the same output removes before publishing normally, leaving nothing beside it.
 */
class KillDuringBuildTest {
    @TempDir
    Path folder;

    @Test
    void aKilledBuildPublishesNothing() throws Exception {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        new DemoPlatform(3, 500, now).write(folder, 80_000);
        String db = "jdbc:sqlite:" + folder.resolve("c.db");
        assertThat(Cli.run("import", "members", folder.resolve("members.jsonl").toString(), "--db", db).status()).isZero();
        assertThat(Cli.run("import", "events", folder.resolve("events.jsonl").toString(), "--db", db).status()).isZero();
        Path out = folder.resolve("datasets").resolve("killed");
        List<String> build = List.of("build", "--purpose", "genai-training", "--as-of", now.toString(), "--input",
                folder.resolve("content.jsonl.zst").toString(), "--out", out.toString(), "--db", db, "--threads", "1", "--shard-records", "1000", "-q");

        Process child = new ProcessBuilder(Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), Main.class.getName()), build.stream()).toList())
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        // Wait until the build is writing shards into its hidden folder, then kill it without warning.
        Path partial = null;
        for (int i = 0; i < 600 && partial == null && child.isAlive(); i++) {
            Thread.sleep(50);
            partial = partialWithShards(out);
        }
        assertThat(partial).as("the child build started writing (log: %s)", Files.exists(folder.resolve("child.log")) ? Files.readString(folder.resolve("child.log")) : "")
                .isNotNull();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(out).doesNotExist();
        assertThat(Cli.run("datasets", "list", "--db", db, "--json").outLines()).isEmpty();
        assertThat(partial).exists();

        Cli.Result again = Cli.run(build.toArray(String[]::new));
        assertThat(again.err()).isEmpty();
        assertThat(again.status()).isZero();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(partial).doesNotExist();
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertThat(siblings.map(path -> path.getFileName().toString())).as("nothing is left beside the output").containsExactly("killed");
        }
        assertThat(Cli.run("verify", out.toString()).status()).isZero();
        assertThat(dev.consentry.dataset.build.Manifest.read(out).inputs().get(0).sha256())
                .as("hashed while reading the compressed file").isEqualTo(dev.consentry.dataset.build.Digests.sha256(folder.resolve("content.jsonl.zst")));
        assertThat(Cli.run("datasets", "list", "--db", db, "--json").outLines()).hasSize(1);
    }

    /** The build's hidden folder once it holds a second shard, wherever in it the shards are written. */
    private static Path partialWithShards(Path out) throws java.io.IOException {
        if (!Files.isDirectory(out.getParent())) {
            return null;
        }
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            for (Path sibling : siblings.filter(path -> path.getFileName().toString().startsWith(".killed.")).toList()) {
                try (Stream<Path> files = Files.walk(sibling, 2)) {
                    if (files.anyMatch(file -> file.getFileName().toString().startsWith("part-00001"))) {
                        return sibling;
                    }
                }
            }
        }
        return null;
    }
}
