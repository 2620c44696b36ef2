package dev.consentry.dataset.format;

import java.nio.file.Path;
import java.util.Arrays;
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
     * Whether records can be encoded apart from the file, on any thread ({@link #encode}): JSON Lines
     * can, so a build's workers encode and the one writing thread only copies bytes; Parquet, which
     * encodes column by column, cannot.
     */
    public boolean encodesPerRecord() {
        return this == JSONL_ZST;
    }

    /** The bytes {@link ShardWriter#writeEncoded} takes for {@code record}; only when {@link #encodesPerRecord()}. */
    public byte[] encode(ShardRecord record) {
        if (!encodesPerRecord()) {
            throw new UnsupportedOperationException(this + " does not encode per record");
        }
        return JsonlShards.encode(record);
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
