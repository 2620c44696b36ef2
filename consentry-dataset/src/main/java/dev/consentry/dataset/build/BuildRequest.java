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
 * @param force replace an existing output folder
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
        boolean force) {
    public static final int DEFAULT_SHARD_RECORDS = 100_000;

    public BuildRequest {
        requireNonNull(purpose, "purpose is null");
        requireNonNull(asOf, "asOf is null");
        inputs = List.copyOf(inputs);
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
