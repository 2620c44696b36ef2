package dev.consentry.dataset.build;

import static java.util.Objects.requireNonNull;

/** A file of a published dataset as the manifest lists it. */
public record OutputFile(String file, long records, long bytes, String sha256) {
    public OutputFile {
        requireNonNull(file, "file is null");
        requireNonNull(sha256, "sha256 is null");
    }
}
