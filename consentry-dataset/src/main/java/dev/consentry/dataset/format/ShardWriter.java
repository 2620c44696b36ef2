package dev.consentry.dataset.format;

import java.io.IOException;

/** Writes the records of one shard file, in the order given. */
public interface ShardWriter extends AutoCloseable {
    void write(ShardRecord record) throws IOException;

    /**
     * Writes records {@code from} (inclusive) to {@code to} (exclusive) of a run encoded apart by
     * {@link ShardFormat#encode}; only for formats that {@link ShardFormat#encodesApart() encode apart}.
     */
    default void write(EncodedRecords records, int from, int to) throws IOException {
        throw new UnsupportedOperationException("this shard format does not take encoded records");
    }

    @Override
    void close() throws IOException;
}
