package dev.consentry.dataset.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.consentry.dataset.format.EncodedRecords;
import dev.consentry.dataset.format.ShardFormat;
import dev.consentry.dataset.format.ShardRecord;
import dev.consentry.dataset.format.ShardWriter;

/**
 * Writes included records into {@code part-00000.EXT}, {@code part-00001.EXT}, ... starting a new
 * shard every {@code shardRecords} records. Shard boundaries depend only on the record count, so
 * the same records give the same files whatever the build's parallelism: a run of records encoded
 * apart is cut where a boundary falls in it, and each part goes to its shard.
 */
final class ShardSink implements AutoCloseable {
    private final Path folder;
    private final ShardFormat format;
    private final int shardRecords;
    private final List<OutputFile> shards = new ArrayList<>();
    private ShardWriter writer;
    private String currentName;
    private long inCurrent;

    ShardSink(Path folder, ShardFormat format, int shardRecords) {
        this.folder = folder;
        this.format = format;
        this.shardRecords = shardRecords;
    }

    /** Writes one record; for formats that do not {@link ShardFormat#encodesApart() encode apart}. */
    void write(ShardRecord record) throws IOException {
        openShardIfNeeded();
        writer.write(record);
        inCurrent++;
        if (inCurrent == shardRecords) {
            finishShard();
        }
    }

    /** Writes a run of records a worker encoded, in order, cutting it where shard boundaries fall. */
    void write(EncodedRecords records) throws IOException {
        int from = 0;
        while (from < records.count()) {
            openShardIfNeeded();
            int to = (int) Math.min(records.count(), from + (shardRecords - inCurrent));
            writer.write(records, from, to);
            inCurrent += to - from;
            from = to;
            if (inCurrent == shardRecords) {
                finishShard();
            }
        }
    }

    private void openShardIfNeeded() {
        if (writer == null) {
            currentName = String.format("part-%05d.%s", shards.size(), format.extension());
            writer = format.open(folder.resolve(currentName));
            inCurrent = 0;
        }
    }

    private void finishShard() throws IOException {
        writer.close();
        writer = null;
        Path file = folder.resolve(currentName);
        shards.add(new OutputFile(currentName, inCurrent, Files.size(file), Digests.sha256(file)));
    }

    /** Closes the last shard; the list of shards written, in order. */
    List<OutputFile> finish() {
        try {
            if (writer != null) {
                finishShard();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(shards);
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
