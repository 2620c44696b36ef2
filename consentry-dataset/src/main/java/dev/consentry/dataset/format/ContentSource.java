package dev.consentry.dataset.format;

import java.io.IOException;

/**
 * Reads content records from one input file, in file order. Not thread-safe: one reader thread
 * feeds the build's workers.
 */
public interface ContentSource extends AutoCloseable {
    /** The next record or rejected line, or null at the end. */
    SourceItem next() throws IOException;

    /** Bytes of the file as stored read so far, for progress. */
    long bytesRead();

    /**
     * The SHA-256 of the file as stored, when the source computed it while reading the whole file
     * (streamed formats do, at no extra pass); null when it did not, and the caller hashes the file.
     * Call once, after {@link #next()} returned null.
     */
    default String sha256OfWholeFile() {
        return null;
    }

    @Override
    void close() throws IOException;
}
