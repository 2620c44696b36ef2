package dev.consentry.dataset.build;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.consentry.dataset.format.ShardFormat;
import dev.consentry.redact.Operator;

/**
 * What to build.
 *
 * @param operatorName how the operator is named in the manifest and card (keys are never recorded)
 * @param shardRecords included records per shard; with the inputs, as-of, ledger, policy and key it
 *     fixes the output bytes, whatever the thread count
 * @param since a previous dataset's folder for an incremental build, or null
 * @param force replace an existing output folder — only one that holds a published dataset and
 *     none of the files the build reads (see {@link DatasetBuilder})
 * @param settingsFiles other files the build reads (the policy, the detector configuration, the
 *     special-category terms, the key file): an output folder holding one is never replaced
 */
public record BuildRequest(
        String purpose,
        Instant asOf,
        List<Path> inputs,
        Path output,
        ShardFormat format,
        Operator operator,
        String operatorName,
        int threads,
        int shardRecords,
        Path since,
        boolean force,
        List<Path> settingsFiles) {
    public static final int DEFAULT_SHARD_RECORDS = 100_000;

    public BuildRequest {
        requireNonNull(purpose, "purpose is null");
        requireNonNull(asOf, "asOf is null");
        inputs = List.copyOf(inputs);
        settingsFiles = List.copyOf(settingsFiles);
        requireNonNull(output, "output is null");
        requireNonNull(format, "format is null");
        requireNonNull(operator, "operator is null");
        requireNonNull(operatorName, "operatorName is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (shardRecords < 1) {
            throw new IllegalArgumentException("shardRecords must be at least 1, was " + shardRecords);
        }
    }
}
