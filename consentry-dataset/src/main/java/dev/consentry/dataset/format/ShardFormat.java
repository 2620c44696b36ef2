package dev.consentry.dataset.format;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a dataset's shards are stored. Both formats write the same records in the same order, and
 * both are byte-for-byte reproducible: no timestamps or host names go into a shard.
 */
public enum ShardFormat {
    JSONL_ZST("jsonl.zst"),
    PARQUET("parquet");

    private final String extension;

    ShardFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension and the name users give on the command line. */
    public String extension() {
        return extension;
    }

    public static Optional<ShardFormat> byName(String name) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(name)).findFirst();
    }

    /**
     * Whether runs of records can be encoded and compressed apart from the file, on any thread
     * ({@link #encode}): JSON Lines can, one zstd frame a run, so a build's workers do it and the one
     * writing thread only appends bytes; Parquet, which encodes and compresses column by column
     * across a whole row group, cannot, and its writer does all of it.
     */
    public boolean encodesApart() {
        return this == JSONL_ZST;
    }

    /** {@code records}, in order, as {@link ShardWriter#write(EncodedRecords, int, int)} takes them; only when {@link #encodesApart()}. */
    public EncodedRecords encode(List<ShardRecord> records) {
        if (!encodesApart()) {
            throw new UnsupportedOperationException(this + " does not encode apart from the file");
        }
        return JsonlShards.encode(records);
    }

    public ShardWriter open(Path file) {
        return switch (this) {
            case JSONL_ZST -> JsonlShards.writer(file);
            case PARQUET -> ParquetShards.writer(file);
        };
    }

    public ShardReader read(Path file) {
        return switch (this) {
            case JSONL_ZST -> JsonlShards.reader(file);
            case PARQUET -> ParquetShards.reader(file);
        };
    }
}
