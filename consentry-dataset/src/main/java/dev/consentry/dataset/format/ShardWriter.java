package dev.consentry.dataset.format;

import java.io.IOException;

/** Writes the records of one shard file, in the order given. */
public interface ShardWriter extends AutoCloseable {
    void write(ShardRecord record) throws IOException;

    @Override
    void close() throws IOException;
}
