package dev.consentry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.consentry.dataset.format.ContentSource;
import dev.consentry.dataset.format.ContentSources;
import dev.consentry.dataset.format.EncodedRecords;
import dev.consentry.dataset.format.ShardFormat;
import dev.consentry.dataset.format.ShardRecord;
import dev.consentry.dataset.format.ShardWriter;
import dev.consentry.dataset.format.SourceItem;
import dev.consentry.dataset.parallel.OrderedWorkers;

/**
 * The I/O floor of a build: the same reading, parsing, ordered batching and shard writing as
 * {@code consentry build} — batches of 4,096 lines, each batch's records encoded and compressed
 * into one zstd frame on the worker, frames appended in order — with consent and redaction switched
 * off (every readable record is written as it is). The last argument counts threads as
 * {@code --threads} does, the calling thread included. A build's throughput is reported as a share
 * of this floor in BENCHMARKS.md.
 *
 * <pre>
 * java -cp consentry-bench/target/benchmarks.jar dev.consentry.bench.BuildFloor /tmp/corpus/content.jsonl.zst /tmp/floor 2
 * </pre>
 */
public final class BuildFloor {
    private static final int BATCH = 4096;
    private static final int SHARD_RECORDS = 100_000;

    private BuildFloor() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        long started = System.nanoTime();
        long[] written = new long[1];
        ShardWriter[] writer = new ShardWriter[1];
        try (OrderedWorkers<SourceItem, EncodedRecords> workers = new OrderedWorkers<>(threads, "floor", BuildFloor::pass, records -> {
            int from = 0;
            while (from < records.count()) {
                if (written[0] % SHARD_RECORDS == 0) {
                    if (writer[0] != null) {
                        writer[0].close();
                    }
                    writer[0] = ShardFormat.JSONL_ZST.open(out.resolve(String.format("part-%05d.jsonl.zst", written[0] / SHARD_RECORDS)));
                }
                int to = (int) Math.min(records.count(), from + SHARD_RECORDS - written[0] % SHARD_RECORDS);
                writer[0].write(records, from, to);
                written[0] += to - from;
                from = to;
            }
        }); ContentSource source = ContentSources.open(input)) {
            List<SourceItem> batch = new ArrayList<>(BATCH);
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                batch.add(item);
                if (batch.size() == BATCH) {
                    workers.submit(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                workers.submit(batch);
            }
            workers.finish();
        } finally {
            if (writer[0] != null) {
                writer[0].close();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = Files.size(input);
        System.out.printf("floor: %,d records in %.1f s = %,.0f records/s, %.1f MB/s of input as stored, %d threads%n", written[0], seconds,
                written[0] / seconds, bytes / 1e6 / seconds, threads);
    }

    private static EncodedRecords pass(List<SourceItem> batch) {
        List<ShardRecord> records = new ArrayList<>(batch.size());
        for (SourceItem item : batch) {
            SourceItem parsed = item.parsed();
            if (parsed.isOk()) {
                var content = parsed.record();
                records.add(new ShardRecord(content.id(), content.text(), content.kind(), content.lang(), content.createdAt()));
            }
        }
        return ShardFormat.JSONL_ZST.encode(records);
    }

}
