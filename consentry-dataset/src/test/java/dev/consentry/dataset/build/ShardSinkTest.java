package dev.consentry.dataset.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import dev.consentry.dataset.format.ShardFormat;
import dev.consentry.dataset.format.ShardReader;
import dev.consentry.dataset.format.ShardRecord;

class ShardSinkTest {
    /**
     * Runs of any sizes, cut wherever shard boundaries fall: every shard holds the records it
     * should, in order, and the manifest entries say how many. QuickTheories prints the seed of a
     * failing run; {@code -DQT_SEED=<seed>} replays it.
     */
    @Test
    void encodedRunsAreCutAtShardBoundaries() {
        qt().withExamples(40).forAll(lists().of(integers().between(0, 30)).ofSizeBetween(0, 8), integers().between(1, 12))
                .checkAssert((runs, shardRecords) -> {
                    try {
                        encodedRunsAreCutAtShardBoundaries(runs, shardRecords);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void encodedRunsAreCutAtShardBoundaries(List<Integer> runs, int shardRecords) throws IOException {
        Path folder = Files.createTempDirectory("shards");
        try {
            check(folder, runs, shardRecords);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static void check(Path folder, List<Integer> runs, int shardRecords) throws IOException {
        List<ShardRecord> written = new ArrayList<>();
        List<OutputFile> shards;
        try (ShardSink sink = new ShardSink(folder, ShardFormat.JSONL_ZST, shardRecords)) {
            for (int size : runs) {
                List<ShardRecord> run = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    run.add(record(written.size() + run.size()));
                }
                sink.write(ShardFormat.JSONL_ZST.encode(run));
                written.addAll(run);
            }
            shards = sink.finish();
        }

        List<ShardRecord> read = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            OutputFile shard = shards.get(i);
            assertThat(shard.file()).isEqualTo(String.format("part-%05d.jsonl.zst", i));
            List<ShardRecord> inShard = read(folder.resolve(shard.file()));
            assertThat(inShard).hasSize((int) shard.records());
            assertThat(shard.records()).isEqualTo(i < shards.size() - 1 ? shardRecords : written.size() - (long) i * shardRecords);
            assertThat(shard.sha256()).isEqualTo(Digests.sha256(folder.resolve(shard.file())));
            read.addAll(inShard);
        }
        assertThat(read).isEqualTo(written);
    }

    private static List<ShardRecord> read(Path file) throws IOException {
        List<ShardRecord> records = new ArrayList<>();
        try (ShardReader reader = ShardFormat.JSONL_ZST.read(file)) {
            for (ShardRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    private static ShardRecord record(int i) {
        return new ShardRecord("c-" + i, "text " + i + " caf\u00e9", "post", i % 2 == 0 ? "en" : null, Instant.ofEpochSecond(1_700_000_000L + i));
    }
}
