package dev.consentry.dataset.format;

import java.nio.file.Path;

import dev.consentry.dataset.io.InputException;

/** Content as Parquet. To be written: see the dataset issue. */
final class ParquetContentSource {
    private ParquetContentSource() {}

    static ContentSource open(Path file) {
        throw new InputException(file + ": Parquet input is not supported yet");
    }
}
