package dev.consentry.cli.redact;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.UserException;
import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.OutputFiles;
import dev.consentry.dataset.io.OutputPaths;
import dev.consentry.cli.io.Progress;
import dev.consentry.dataset.io.Utf8Lines;
import dev.consentry.redact.Operator;
import dev.consentry.redact.Redaction;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.store.ConsentStore;

@Command(name = "redact", mixinStandardHelpOptions = true, subcommands = {RedactEvalCommand.class, RedactBenchCommand.class},
        description = {"Find personal data in text and replace it.",
                "Without --input: text from stdin, redacted text to stdout.",
                "With --input: JSON Lines; the --field of each record is replaced and every other field kept as it is. "
                        + ".gz and .zst are read and written by file name. A line that is not a JSON object, lacks the field "
                        + "or is not UTF-8 goes to the rejects file with its line number and a reason; the run goes on.",
                "Types: PERSON, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS, URL, STREET_ADDRESS, "
                        + "DATE_OF_BIRTH, SOCIAL_HANDLE, CRYPTO."})
public final class RedactCommand implements Callable<Integer> {
    /** Where standard input comes from when it is redirected from a file (Linux, macOS). */
    private static final Path STANDARD_INPUT = Path.of("/dev/stdin");

    @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines to redact (.gz, .zst; - for stdin).")
    String input;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "-", description = "Where redacted records go (default: stdout).")
    String output;

    @Option(names = "--field", defaultValue = "text", paramLabel = "NAME", description = "The field to redact (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--spans", description = "Add \"pii\":[{start,end,type,score}] to each record: code-point offsets into the original value.")
    boolean spans;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where rejected lines are listed (default: OUTPUT.rejects.jsonl, or redact-rejects.jsonl).")
    String rejects;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that redact, the one that reads and writes included (default: all cores); with 1, everything runs on one thread.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    OperatorOptions operatorOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Operator operator = operatorOptions.operator();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserException("--threads must be at least 1, was " + workers);
        }
        String rejectsPath = rejects != null ? rejects : output.equals("-") ? "redact-rejects.jsonl" : output + ".rejects.jsonl";
        checkOutputs(rejectsPath);
        RedactionEngine engine = engineOptions.engine();
        if (input == null) {
            redactText(engine, operator);
            return 0;
        }
        long started = System.nanoTime();
        InputFiles.Opened in = InputFiles.open(input);
        RedactionStats stats;
        try (in; OutputStream out = OutputFiles.open(output); RejectsFile rejected = new RejectsFile(rejectsPath);
                Progress progress = Progress.start("redact", in.size(), in::storedBytesRead, quiet)) {
            stats = new JsonlRedactor(engine, operator, field, spans, workers)
                    .run(new Utf8Lines(in.content()), input, out, rejected, ignored -> progress.update());
        }
        if (!quiet) {
            summary(stats, rejectsPath, System.nanoTime() - started);
        }
        return 0;
    }

    /** Before anything is opened for writing: no output may be a file this run reads, or the other output. */
    private void checkOutputs(String rejectsPath) {
        List<OutputPaths.Named> reads = new ArrayList<>();
        if (input != null && !input.equals("-")) {
            reads.add(new OutputPaths.Named("the input", input));
        } else if (Files.isRegularFile(STANDARD_INPUT)) {
            reads.add(new OutputPaths.Named("the input (standard input)", STANDARD_INPUT.toString()));
        }
        if (engineOptions.config != null) {
            reads.add(OutputPaths.Named.of("the detector configuration", engineOptions.config));
        }
        if (engineOptions.membersFile != null && !engineOptions.membersFile.equals("-")) {
            reads.add(new OutputPaths.Named("the members file", engineOptions.membersFile));
        }
        if (engineOptions.db != null) {
            ConsentStore.sqliteFile(engineOptions.db).ifPresent(file -> reads.add(OutputPaths.Named.of("the database", file)));
        }
        if (operatorOptions.keyFile != null) {
            reads.add(OutputPaths.Named.of("the key file", operatorOptions.keyFile));
        }
        List<OutputPaths.Named> writes = new ArrayList<>(List.of(new OutputPaths.Named("the output", output)));
        if (input != null) {
            writes.add(new OutputPaths.Named("the rejects file", rejectsPath));
        }
        OutputPaths.checkDistinct(reads, writes);
    }

    private void summary(RedactionStats stats, String rejectsPath, long nanos) {
        PrintWriter err = spec.commandLine().getErr();
        double seconds = nanos / 1e9;
        err.printf("redacted %d of %d records in %.1f s (%.1f MB/s, %.0f records/s)%n", stats.written, stats.records, seconds,
                stats.bytes / 1e6 / seconds, stats.records / seconds);
        if (stats.rejected > 0) {
            err.printf("rejected %d lines: see %s%n", stats.rejected, rejectsPath);
        }
        if (stats.droppedTotal() > 0) {
            err.printf("dropped %d records: %s%n", stats.droppedTotal(), describe(stats.dropped));
        }
        err.printf("redactions: %s%n", stats.redactions.isEmpty() ? "none" : describe(stats.redactions));
        err.flush();
    }

    private static String describe(Map<?, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * Plain text: redacted in blocks that end at a blank line once past a megabyte (at any line past
     * eight), so that a long stream flows through in bounded memory while a paragraph, and a
     * multi-line address in it, is still seen whole.
     */
    private void redactText(RedactionEngine engine, Operator operator) throws IOException {
        Utf8Lines lines = new Utf8Lines(System.in);
        OutputStream out = OutputFiles.open(output);
        StringBuilder block = new StringBuilder();
        try (out) {
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                if (!line.isValid()) {
                    throw new UserException("stdin:" + line.number() + ": " + line.problem());
                }
                block.append(line.text()).append('\n');
                if ((block.length() >= (1 << 20) && line.text().isBlank()) || block.length() >= (8 << 20)) {
                    flush(engine, operator, block, out);
                }
            }
            flush(engine, operator, block, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void flush(RedactionEngine engine, Operator operator, StringBuilder block, OutputStream out) throws IOException {
        if (block.length() == 0) {
            return;
        }
        Redaction redaction = engine.redact(block.toString(), operator);
        out.write(redaction.text().getBytes(StandardCharsets.UTF_8));
        block.setLength(0);
    }
}
