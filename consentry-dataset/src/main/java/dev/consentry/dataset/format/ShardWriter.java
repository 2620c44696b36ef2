package dev.consentry.dataset.format;

import java.io.IOException;

/** Writes the records of one shard file, in the order given. */
public interface ShardWriter extends AutoCloseable {
    void write(ShardRecord record) throws IOException;

    /** Writes a record already encoded by {@link ShardFormat#encode}; only for formats that encode per record. */
    default void writeEncoded(byte[] encoded) throws IOException {
        throw new UnsupportedOperationException("this shard format does not take encoded records");
    }

    @Override
    void close() throws IOException;
}
