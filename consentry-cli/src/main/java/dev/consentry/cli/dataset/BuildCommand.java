package dev.consentry.cli.dataset;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.UserException;
import dev.consentry.cli.io.Progress;
import dev.consentry.cli.redact.EngineOptions;
import dev.consentry.cli.redact.OperatorOptions;
import dev.consentry.consent.policy.Policy;
import dev.consentry.dataset.build.BuildListener;
import dev.consentry.dataset.build.BuildRequest;
import dev.consentry.dataset.build.BuildResult;
import dev.consentry.dataset.build.DatasetBuilder;
import dev.consentry.dataset.build.Manifest;
import dev.consentry.dataset.build.OutputFile;
import dev.consentry.dataset.build.SpecialCategories;
import dev.consentry.dataset.format.ShardFormat;
import dev.consentry.redact.KnownIdentities;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.store.ConsentStore;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build a training dataset: every content record goes through, in order, the first reason that applies "
                + "excluding it — unreadable (rejects.jsonl), DUPLICATE_ID (an id an earlier record had; the first in input order "
                + "is kept), CREATED_AFTER_AS_OF, not eligible for the purpose in the policy version "
                + "in force (KIND_NOT_ELIGIBLE, NOT_PUBLIC), its author's consent decision as of --as-of (every denial code), "
                + "AUTHORED_AS_MINOR (under the purpose's minimum age when written), "
                + "SPECIAL_CATEGORY where the policy filters it, DROPPED_PII — and the rest is redacted and written.",
                "The output folder holds shards part-NNNNN.jsonl.zst (or .parquet) of {id,text,kind,lang,createdAt}, manifest.json, "
                        + "a dataset card README.md and, when needed, rejects.jsonl; lineage goes into the database. Publishing is "
                        + "atomic, one build per output at a time (a second one fails, exit 1), and an existing folder is replaced only with --force."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--purpose", required = true, paramLabel = "PURPOSE", description = "The purpose the dataset is for, e.g. genai-training.")
    String purpose;

    @Option(names = "--as-of", required = true, paramLabel = "INSTANT", description = "Consent and content as of this instant, e.g. 2026-01-01T00:00:00Z; not later than now.")
    Instant asOf;

    @Option(names = "--input", required = true, paramLabel = "FILE|DIR",
            description = "Content: JSON Lines (.jsonl, .gz, .zst), CSV with a header, or Parquet, by file name; a folder means its files in name order. Repeatable.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The dataset folder to publish.")
    Path out;

    @Option(names = "--format", defaultValue = "jsonl.zst", paramLabel = "FORMAT", description = "Shard format: jsonl.zst or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that do the build's work, the one that reads the input and writes the shards included (default: all cores); "
                    + "with 1, the whole build, start-up checks included, runs on one thread. The output does not depend on it.")
    Integer threads;

    @Option(names = "--since", paramLabel = "DIR", description = "An earlier dataset: build only content created after its as-of, and link it.")
    Path since;

    @Option(names = "--shard-records", defaultValue = "" + BuildRequest.DEFAULT_SHARD_RECORDS, paramLabel = "N",
            description = "Records per shard (default: ${DEFAULT-VALUE}).")
    int shardRecords;

    @Option(names = "--force",
            description = "Replace an existing dataset folder: only a folder holding a published dataset that holds none of the inputs, "
                    + "the database or the working directory; never a file or a symbolic link.")
    boolean force;

    @Option(names = "--config", paramLabel = "FILE", description = "Redaction detector configuration (YAML), as for 'redact'.")
    Path redactionConfig;

    @Option(names = "--special-categories", paramLabel = "FILE",
            description = "Special-category terms, 'category<TAB>term' a line, replacing the built-in English list; at least one term.")
    Path specialCategoriesFile;

    @Option(names = "--no-known-members", description = "Do not look for registered members' own names and handles.")
    boolean noKnownMembers;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Mixin
    StoreOptions options;

    @Mixin
    OperatorOptions operatorOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ShardFormat shardFormat = ShardFormat.byName(format)
                .orElseThrow(() -> new UserException("--format must be jsonl.zst or parquet, was '" + format + "'"));
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || shardRecords < 1) {
            throw new UserException("--threads and --shard-records must be at least 1");
        }
        Policy policy = options.policy();
        String policySource = options.policySource();
        SpecialCategories special = specialCategories();
        BuildRequest request = new BuildRequest(purpose, asOf, inputs, out, shardFormat, operatorOptions.operator(), operatorOptions.name(), workers,
                shardRecords, since, force, settingsFiles());
        ConsentStore store = options.openStore();
        if (store.readOnly()) {
            throw new UserException(options.db() + " is read-only: a build records its lineage in the database");
        }
        KnownIdentities known = noKnownMembers ? KnownIdentities.none() : EngineOptions.fromRegistry(store);
        RedactionEngine engine = RedactionEngine.create(EngineOptions.loadConfig(redactionConfig), known);
        long started = System.nanoTime();
        AtomicLong read = new AtomicLong();
        AtomicLong total = new AtomicLong(-1);
        BuildResult result;
        Progress[] progress = new Progress[1];
        try {
            result = new DatasetBuilder(store, policy, policySource, engine, special, Clock.systemUTC()).build(request, new BuildListener() {
                @Override
                public void started(long totalBytes) {
                    total.set(totalBytes);
                    progress[0] = Progress.start("build", totalBytes, read::get, quiet);
                }

                @Override
                public void progress(long bytesRead) {
                    read.set(bytesRead);
                    progress[0].update();
                }
            });
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
        summary(result, (System.nanoTime() - started) / 1e9, total.get());
        return 0;
    }

    /** The files besides content the build reads: an output folder holding one is never replaced. */
    private List<Path> settingsFiles() {
        return Stream.of(options.policyFile(), redactionConfig, specialCategoriesFile, operatorOptions.keyFile()).filter(Objects::nonNull).toList();
    }

    private SpecialCategories specialCategories() {
        if (specialCategoriesFile == null) {
            return SpecialCategories.defaults();
        }
        try {
            return SpecialCategories.parse(specialCategoriesFile.toString(),
                    dev.consentry.dataset.io.SmallFiles.readUtf8(specialCategoriesFile));
        } catch (NoSuchFileException e) {
            throw new UserException(specialCategoriesFile + ": no such file");
        } catch (IOException e) {
            throw new UserException(specialCategoriesFile + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private void summary(BuildResult result, double seconds, long inputBytes) {
        Manifest manifest = result.manifest();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "published %s (dataset %s) in %.1f s: %,d records read (%.0f records/s, %.1f MB/s of input as stored)%n", result.path(), manifest.dataset(),
                seconds, manifest.counts().read(), manifest.counts().read() / seconds, inputBytes / 1e6 / seconds);
        out.printf(Locale.ROOT, "  included %,d records from %,d members; policy %s version %s; ledger entry %d%n", manifest.counts().included(),
                manifest.membersIncluded(), manifest.policy().name(), manifest.policy().version(), manifest.ledger().sequence());
        manifest.counts().excluded().forEach((reason, count) -> out.printf(Locale.ROOT, "  excluded %-22s %,12d%n", reason, count));
        out.printf(Locale.ROOT, "  redactions (%s): %s%n", manifest.redactions().operator(), manifest.redactions().byType().isEmpty() ? "none"
                : String.join(", ", manifest.redactions().byType().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        for (OutputFile file : manifest.outputs()) {
            out.printf(Locale.ROOT, "  %s  %,d records  %,d bytes%n", file.file(), file.records(), file.bytes());
        }
        if (manifest.rejects() != null) {
            out.printf(Locale.ROOT, "  rejects.jsonl  %,d unreadable records%n", manifest.rejects().records());
        }
        out.flush();
    }
}
