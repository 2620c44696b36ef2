package dev.consentry.dataset.format;

import java.io.IOException;

/** Reads a shard back, for checks and tests. */
public interface ShardReader extends AutoCloseable {
    /** The next record, or null at the end. */
    ShardRecord next() throws IOException;

    @Override
    void close() throws IOException;
}
