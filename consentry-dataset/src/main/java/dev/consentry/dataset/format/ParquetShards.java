package dev.consentry.dataset.format;

import java.nio.file.Path;

import dev.consentry.dataset.io.InputException;

/** Shards as Parquet. To be written: see the dataset issue. */
final class ParquetShards {
    private ParquetShards() {}

    static ShardWriter writer(Path file) {
        throw new InputException("Parquet output is not supported yet");
    }

    static ShardReader reader(Path file) {
        throw new InputException("Parquet input is not supported yet");
    }
}
