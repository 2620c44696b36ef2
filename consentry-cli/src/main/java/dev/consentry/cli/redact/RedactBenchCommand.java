package dev.consentry.cli.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.UserException;
import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.Utf8Lines;
import dev.consentry.redact.Operator;
import dev.consentry.redact.RedactionEngine;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine's speed on your own data: the --field of up to --limit records is held in memory "
                + "and redacted repeatedly, after a warm-up, on 1 thread and on --threads threads. Prints MB/s (UTF-8 bytes "
                + "of the field) and records/s. For the engine's reference figures use the JMH benchmarks in consentry-bench."})
public final class RedactBenchCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON Lines with the texts (.gz, .zst).")
    String input;

    @Option(names = "--field", defaultValue = "text", paramLabel = "NAME", description = "The field to redact (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--limit", defaultValue = "100000", paramLabel = "N", description = "Records to load at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "Measured seconds per thread count (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", paramLabel = "N", description = "Second measurement's thread count (default: all cores).")
    Integer threads;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    OperatorOptions operatorOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> texts = load();
        if (texts.isEmpty()) {
            throw new UserException(input + ": no record has a string field '" + field + "'");
        }
        long bytes = texts.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        RedactionEngine engine = engineOptions.engine();
        Operator operator = operatorOptions.operator();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d records, %.1f MB, %.0f bytes on average; operator %s%n", texts.size(), bytes / 1e6, (double) bytes / texts.size(), operator);
        run(engine, operator, texts, 1, Math.max(1, seconds / 2)); // warm-up: compile the hot paths
        int[] counts = threads == null ? new int[] {1, Runtime.getRuntime().availableProcessors()} : new int[] {1, threads};
        for (int count : counts) {
            long[] done = run(engine, operator, texts, count, seconds);
            double elapsed = done[2] / 1e9;
            out.printf("%2d thread%s: %8.1f MB/s %10.0f records/s%n", count, count == 1 ? " " : "s", done[1] * (double) bytes / texts.size() / 1e6 / elapsed,
                    done[1] / elapsed, done[0]);
            if (counts[0] == counts[1]) {
                break;
            }
        }
        out.flush();
        return 0;
    }

    private List<String> load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        InputFiles.Opened in = InputFiles.open(input);
        try (in) {
            Utf8Lines lines = new Utf8Lines(in.content());
            for (Utf8Lines.Line line = lines.next(); line != null && texts.size() < limit; line = lines.next()) {
                if (!line.isValid() || line.text().isBlank()) {
                    continue;
                }
                try {
                    JsonNode value = json.readTree(line.text()).get(field);
                    if (value != null && value.isTextual()) {
                        texts.add(value.textValue());
                    }
                } catch (IOException e) {
                    // The benchmark measures what parses; 'redact' is where bad lines are reported.
                }
            }
        }
        return texts;
    }

    /** Returns {records, records, nanos}: records redacted in about {@code seconds} by {@code threads} threads. */
    private static long[] run(RedactionEngine engine, Operator operator, List<String> texts, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong records = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * texts.size() / threads;
                workers.add(pool.submit(() -> {
                    long sink = 0;
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        sink += engine.redact(texts.get((offset + i) % texts.size()), operator).text().length();
                        records.incrementAndGet();
                    }
                    return sink;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        return new long[] {records.get(), records.get(), elapsed};
    }
}
