package dev.consentry.dataset.build;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.roaringbitmap.RoaringBitmap;

import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyVersion;
import dev.consentry.consent.policy.PurposeRule;
import dev.consentry.dataset.format.ContentSource;
import dev.consentry.dataset.format.ContentSources;
import dev.consentry.dataset.format.EncodedRecords;
import dev.consentry.dataset.format.ShardFormat;
import dev.consentry.dataset.format.ShardRecord;
import dev.consentry.dataset.format.SourceItem;
import dev.consentry.dataset.io.InputException;
import dev.consentry.dataset.io.OutputFiles;
import dev.consentry.dataset.io.OutputPaths;
import dev.consentry.dataset.parallel.OrderedWorkers;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.DatasetEntry;
import dev.consentry.store.StoreException;
import dev.consentry.store.VerifyReport;

/**
 * Builds a training dataset: streams content through eligibility, the consent decision as of an
 * instant, special-category filtering and redaction, and publishes shards with a manifest, a
 * dataset card and lineage.
 *
 * <p>Consent: the ledger is verified first and a {@link ConsentSnapshot} is taken once, as of the
 * build's instant; every record is decided against it, never against the database, and the
 * manifest records the ledger sequence and head hash the snapshot saw. A ledger that does not
 * verify or cannot be read stops the build (fail closed): there is no "without consent data".
 *
 * <p>Parallelism: {@code threads} threads share the work, the calling thread included (see
 * {@link OrderedWorkers}). The calling thread reads the inputs, only finding where lines end, and
 * hands batches of {@value #BATCH} items to the workers, which decode, parse, decide, redact,
 * encode and — for JSON Lines — compress each batch's included records into one zstd frame; the
 * calling thread takes the results back in input order, counts them and appends the frames to the
 * shards. So the one thread whose work cannot be shared does little, and with one thread the whole
 * build, start-up checks included, runs on the calling thread alone.
 *
 * <p>Reproducibility: batch boundaries depend on the input alone and results come back in input
 * order, so shard contents and boundaries (every {@code shardRecords} included records) and the
 * frames in them do not depend on the thread count. Which of several records with one id is kept
 * (the first) is decided on the calling thread too, in input order ({@link ContentIds}).
 *
 * <p>Publishing: one build per output at a time. The build locks the output (see {@link BuildFolder})
 * before it looks at it, writes everything into a hidden folder beside it and renames that to the
 * output in the same database transaction that records the lineage; afterwards nothing is left
 * beside the output. A build that dies, even by {@code kill -9}, leaves only the hidden folder,
 * which the next build for that output removes. An existing output is replaced only with
 * {@code force}, and only when it is a folder holding a published dataset and none of what the
 * build reads, the database or the working directory; the dataset it replaces keeps its lineage.
 */
public final class DatasetBuilder {
    /**
     * Items a batch. A batch's included records are also one zstd frame, which compresses on its
     * own: at the share of records a genai-training build includes, 4,096 items make frames of about
     * 1,100 records and shards about 5% larger than one zstd stream would; 256 made them 13% larger
     * (BENCHMARKS.md, "Dataset builds").
     */
    private static final int BATCH = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsentStore store;
    private final Policy policy;
    private final String policySource;
    private final RedactionEngine engine;
    private final SpecialCategories specialCategories;
    private final Clock clock;

    public DatasetBuilder(ConsentStore store, Policy policy, String policySource, RedactionEngine engine, SpecialCategories specialCategories,
            Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.policySource = requireNonNull(policySource, "policySource is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.specialCategories = requireNonNull(specialCategories, "specialCategories is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public BuildResult build(BuildRequest request, BuildListener listener) {
        Instant started = clock.instant();
        if (!policy.purposeIds().contains(request.purpose())) {
            throw new InputException("unknown purpose '" + request.purpose() + "'; the policy has " + policy.purposeIds());
        }
        if (request.asOf().isAfter(started)) {
            // A forecast may decide on the ledger as it stands; a dataset may not: until the instant
            // has come, a member may still opt out, object or be erased with effect before it.
            throw new InputException("as-of " + request.asOf() + " is later than now (" + started + "): the consent ledger is not final "
                    + "for an instant that has not come, and a dataset is built only on consent that can no longer change");
        }
        Path output = outputFolder(request.output());
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        createFolder(parent);
        try (BuildFolder work = BuildFolder.lock(output)) {
            checkReplaceable(output, request);
            return build(request, listener, output, name, work, started);
        }
    }

    private BuildResult build(BuildRequest request, BuildListener listener, Path output, String name, BuildFolder work, Instant started) {
        Manifest.Previous previous = null;
        Instant since = null;
        if (request.since() != null) {
            Path previousFolder = request.since().toAbsolutePath().normalize();
            Manifest before = Manifest.read(previousFolder);
            since = Instant.parse(before.asOf());
            previous = new Manifest.Previous(before.dataset(), previousFolder.toString(), before.asOf(),
                    Digests.sha256(previousFolder.resolve(Manifest.FILE)));
            if (!request.asOf().isAfter(since)) {
                throw new InputException("--as-of " + request.asOf() + " must be later than the previous dataset's as-of " + since);
            }
        }
        List<Path> inputs = ContentSources.expand(request.inputs());

        // Verifying the chain and taking the snapshot each read the whole ledger; with more than one
        // thread they run side by side (SQLite's WAL and PostgreSQL both serve concurrent readers).
        // The snapshot counts only if the chain verified up to and including the entry it saw last.
        Supplier<VerifyReport> verify = () -> store.requireIntact("build a dataset");
        CompletableFuture<VerifyReport> verifying = request.threads() > 1 ? CompletableFuture.supplyAsync(verify) : null;
        VerifyReport verified = verifying == null ? verify.get() : null;
        ConsentSnapshot snapshot = store.snapshot(policy, request.asOf());
        VerifyReport ledger = verifying == null ? verified : join(verifying);
        if (ledger.head().sequence() < snapshot.ledgerSequence()) {
            ledger = verify.get(); // an import landed in between: verify again, now covering it
        }
        if (ledger.head().sequence() == snapshot.ledgerSequence() && !ledger.head().hash().equals(snapshot.ledgerHeadHash())) {
            throw new StoreException("the consent ledger changed while it was read; refusing to build");
        }
        RecordPipeline pipeline = new RecordPipeline(request.purpose(), request.asOf(), since, snapshot, specialCategories, engine, request.operator());

        return buildInto(work, output, name, request, inputs, snapshot, pipeline, previous, started, listener);
    }

    private BuildResult buildInto(BuildFolder work, Path output, String name, BuildRequest request, List<Path> inputs, ConsentSnapshot snapshot,
            RecordPipeline pipeline, Manifest.Previous previous, Instant started, BuildListener listener) {
        Path temp = work.staging();
        BuildCounts counts = new BuildCounts();
        Map<Path, String> inputHashes = new HashMap<>();
        List<OutputFile> shards;
        OutputFile rejects;
        try (ShardSink sink = new ShardSink(temp, request.format(), request.shardRecords());
                RejectsWriter rejected = new RejectsWriter(temp.resolve("rejects.jsonl"))) {
            process(inputs, request, pipeline, sink, rejected, counts, inputHashes, listener);
            shards = sink.finish();
            rejects = rejected.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        PolicyVersion version = snapshot.policyVersion().orElse(null);
        PurposeRule rule = version == null ? null : version.purpose(request.purpose()).orElse(null);
        List<Manifest.Input> inputFiles = inputs.stream()
                .map(file -> new Manifest.Input(file.toAbsolutePath().normalize().toString(), size(file), inputHashes.get(file))).toList();
        RoaringBitmap members = new RoaringBitmap();
        counts.recordsByMember.keySet().forEach(number -> members.add(Math.toIntExact(number)));
        members.runOptimize();
        Manifest draft = new Manifest(Manifest.FORMAT_VERSION, null, name, request.purpose(), request.asOf().toString(),
                new Manifest.Policy(policy.name(), version == null ? null : version.name(), policy.sourceSha256(), policySource),
                new Manifest.Ledger(snapshot.ledgerSequence(), snapshot.ledgerHeadHash()), inputFiles, previous,
                new Manifest.Counts(counts.read, counts.included, counts.rejected, counts.excluded, counts.specialCategories, counts.droppedBy),
                new Manifest.Redactions(request.operatorName(), counts.redactionTotal(), counts.redactionsByName()),
                members.getLongCardinality(), counts.languages, request.format().extension(), request.shardRecords(), shards, rejects, null,
                new Manifest.Engine("consentry", version(), System.getProperty("java.version")), started.toString(), null);
        String cardText = DatasetCard.render(draft, rule == null ? request.purpose() : rule.title(), rule == null ? "none" : rule.legalBasis());
        Path cardFile = temp.resolve(DatasetCard.FILE);
        writeString(cardFile, cardText);
        OutputFile card = new OutputFile(DatasetCard.FILE, 0, size(cardFile), Digests.sha256(cardFile));
        String id = name + "-" + Digests.sha256(request.purpose() + "|" + request.asOf() + "|" + snapshot.ledgerHeadHash() + "|" + policy.sourceSha256()
                + "|" + shards.stream().map(OutputFile::sha256).toList() + "|" + started).substring(0, 12);
        Instant finished = clock.instant();
        Manifest manifest = new Manifest(draft.formatVersion(), id, draft.name(), draft.purpose(), draft.asOf(), draft.policy(), draft.ledger(),
                draft.inputs(), draft.previous(), draft.counts(), draft.redactions(), draft.membersIncluded(), draft.languages(), draft.format(),
                draft.shardRecords(), draft.outputs(), draft.rejects(), card, draft.engine(), draft.startedAt(), finished.toString());
        Path manifestFile = temp.resolve(Manifest.FILE);
        writeString(manifestFile, manifest.toJson());

        DatasetEntry entry = new DatasetEntry(id, name, output.toString(), request.purpose(), request.asOf(), manifest.policy().version(),
                policy.sourceSha256(), snapshot.ledgerSequence(), snapshot.ledgerHeadHash(), counts.included, members.getLongCardinality(),
                previous == null ? null : previous.dataset(), Digests.sha256(manifestFile), serialize(members), finished);
        store.lineage().record(entry, counts.recordsByMember, work::publish);
        work.committed();
        return new BuildResult(output, manifest);
    }

    private void process(List<Path> inputs, BuildRequest request, RecordPipeline pipeline, ShardSink sink, RejectsWriter rejected, BuildCounts counts,
            Map<Path, String> inputHashes, BuildListener listener) throws IOException {
        int threads = request.threads();
        long total = inputs.stream().mapToLong(DatasetBuilder::size).sum();
        listener.started(total);
        long finishedBytes = 0;
        ShardFormat format = request.format();
        ContentIds ids = new ContentIds();
        try (OrderedWorkers<SourceItem, Decided> workers = new OrderedWorkers<>(threads, "build", batch -> decide(batch, pipeline, format),
                decided -> collect(decided, ids, format, sink, rejected, counts))) {
            for (Path input : inputs) {
                try (ContentSource source = ContentSources.open(input)) {
                    List<SourceItem> batch = new ArrayList<>(BATCH);
                    for (SourceItem item = source.next(); item != null; item = source.next()) {
                        batch.add(item);
                        if (batch.size() == BATCH) {
                            workers.submit(batch);
                            batch = new ArrayList<>(BATCH);
                            listener.progress(finishedBytes + source.bytesRead());
                        }
                    }
                    if (!batch.isEmpty()) {
                        workers.submit(batch);
                    }
                    String sha256 = source.sha256OfWholeFile();
                    inputHashes.put(input, sha256 != null ? sha256 : Digests.sha256(input));
                }
                finishedBytes += size(input);
                listener.progress(finishedBytes);
            }
            workers.finish();
        }
    }

    /**
     * What became of a batch: each item's {@link Outcome} or, when it could not be read, the
     * rejected {@link SourceItem}, in input order; and the included records encoded apart when
     * the format does that, else null.
     */
    private record Decided(List<Object> results, long[] idFingerprints, EncodedRecords encoded) {}

    /** Runs on a worker: each item is parsed and becomes its outcome (and its id's fingerprint), or a rejected item. */
    private static Decided decide(List<SourceItem> batch, RecordPipeline pipeline, ShardFormat format) {
        List<Object> results = new ArrayList<>(batch.size());
        long[] fingerprints = new long[batch.size()];
        List<ShardRecord> included = new ArrayList<>();
        for (SourceItem item : batch) {
            SourceItem parsed = item.parsed();
            if (!parsed.isOk()) {
                results.add(parsed);
                continue;
            }
            Outcome outcome = pipeline.process(parsed.record());
            fingerprints[results.size()] = ContentIds.fingerprint(parsed.record().id());
            results.add(outcome);
            if (outcome.isIncluded()) {
                included.add(outcome.record());
            }
        }
        return new Decided(results, fingerprints, format.encodesApart() ? format.encode(included) : null);
    }

    /**
     * Runs on the calling thread, in input order. Whether an id was seen before is known only here,
     * so a repeated id's outcome is replaced by {@code DUPLICATE_ID}; when it was included, the
     * batch's records are encoded again without it (rare: a worker cannot know).
     */
    private static void collect(Decided decided, ContentIds ids, ShardFormat format, ShardSink sink, RejectsWriter rejected, BuildCounts counts)
            throws IOException {
        List<Object> results = decided.results();
        boolean includedDuplicate = false;
        boolean[] duplicate = new boolean[results.size()];
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof SourceItem item) {
                counts.reject();
                rejected.write(item);
                continue;
            }
            Outcome outcome = (Outcome) results.get(i);
            if (!ids.add(decided.idFingerprints()[i])) {
                duplicate[i] = true;
                includedDuplicate |= outcome.isIncluded();
                counts.add(Outcome.excluded(Exclusion.DUPLICATE_ID));
                continue;
            }
            counts.add(outcome);
            if (outcome.isIncluded() && decided.encoded() == null) {
                sink.write(outcome.record());
            }
        }
        if (decided.encoded() == null) {
            return;
        }
        if (!includedDuplicate) {
            sink.write(decided.encoded());
            return;
        }
        List<ShardRecord> included = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (!duplicate[i] && results.get(i) instanceof Outcome outcome && outcome.isIncluded()) {
                included.add(outcome.record());
            }
        }
        if (!included.isEmpty()) {
            sink.write(format.encode(included));
        }
    }

    /** rejects.jsonl: each unreadable record's source file, line and error — never its content. */
    private static final class RejectsWriter implements AutoCloseable {
        private final Path file;
        private OutputStream out;
        private long records;

        RejectsWriter(Path file) {
            this.file = file;
        }

        void write(SourceItem item) throws IOException {
            if (out == null) {
                out = OutputFiles.open(file.toString());
            }
            String line = JSON.createObjectNode().put("file", item.file()).put("line", item.line()).put("error", item.problem()).toString();
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            records++;
        }

        OutputFile finish() throws IOException {
            if (out == null) {
                return null;
            }
            out.close();
            out = null;
            return new OutputFile(file.getFileName().toString(), records, Files.size(file), Digests.sha256(file));
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }

    /**
     * The real path the dataset is published at: the parent's symbolic links resolved, the name
     * kept, so that a link at the name itself is seen (and refused) rather than followed.
     */
    private static Path outputFolder(Path requested) {
        Path absolute = requested.toAbsolutePath();
        Path name = absolute.getFileName();
        boolean plainName = name != null && absolute.getParent() != null && !name.toString().equals(".") && !name.toString().equals("..");
        Path output = plainName ? OutputPaths.canonical(absolute.getParent()).resolve(name) : OutputPaths.canonical(absolute);
        if (output.getParent() == null || output.getFileName() == null) {
            throw new InputException(requested + ": the root folder cannot be a dataset folder; give a folder inside it");
        }
        return output;
    }

    /**
     * What may be at the output: nothing, or — when replacing is asked for — a folder that holds a
     * published dataset (its manifest reads) and holds none of what the build reads, the database
     * or the working directory. Never a file and never a symbolic link. Checked while the output
     * is locked, so nothing can change it between the check and the publish.
     */
    private static boolean holdsAFolder(Path folder) {
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS));
        } catch (java.io.IOException e) {
            throw new InputException(folder + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private void checkReplaceable(Path output, BuildRequest request) {
        if (Files.isSymbolicLink(output)) {
            throw new InputException(output + " is a symbolic link: a dataset is published at, and replaces, only a real folder; give that folder's own path");
        }
        // A dataset inside another would be an unlisted file to the outer one's verify, and replacing
        // the outer one (--force) would delete it with its lineage still listed.
        for (Path ancestor = output.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (Files.isRegularFile(ancestor.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(output + " is inside the published dataset " + ancestor + ": a dataset folder holds only its own files; "
                        + "give a folder outside it");
            }
        }
        if (!Files.exists(output)) {
            return;
        }
        if (!Files.isDirectory(output)) {
            throw new InputException(output + " is a file, not a dataset folder; a build never replaces a file");
        }
        if (!request.force()) {
            throw new InputException(output + " exists: a published dataset is never overwritten; use --force to replace it");
        }
        List<OutputPaths.Named> kept = new ArrayList<>();
        request.inputs().forEach(input -> kept.add(OutputPaths.Named.of("the input", input)));
        if (request.since() != null) {
            kept.add(OutputPaths.Named.of("the previous dataset", request.since()));
        }
        request.settingsFiles().forEach(file -> kept.add(OutputPaths.Named.of("the settings file", file)));
        store.databaseFile().ifPresent(file -> kept.add(OutputPaths.Named.of("the database", file)));
        kept.add(OutputPaths.Named.of("the working directory", Path.of("").toAbsolutePath()));
        List<String> problems = new ArrayList<>();
        List<OutputPaths.Named> held = OutputPaths.holders(output, kept);
        if (!held.isEmpty()) {
            problems.add(output + " is not replaced: it holds " + String.join(", ", held.stream().map(path -> path.role() + " " + path.name()).toList()));
        }
        if (!Files.isRegularFile(output.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
            problems.add(output + " is not replaced: it is not a published dataset (it has no " + Manifest.FILE + ")");
        } else if (holdsAFolder(output)) {
            problems.add(output + " is not replaced: it holds a folder, which a published dataset never does (another dataset, or someone's files)");
        } else {
            try {
                Manifest.read(output);
            } catch (InputException e) {
                problems.add(output + " is not replaced: it is not a published dataset (" + e.problems().get(0) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static VerifyReport join(CompletableFuture<VerifyReport> verifying) {
        try {
            return verifying.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static byte[] serialize(RoaringBitmap members) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(members.serializedSizeInBytes());
        members.serialize(buffer);
        return buffer.array();
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot create the folder (" + e.getMessage() + ")");
        }
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        String version = DatasetBuilder.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

}
