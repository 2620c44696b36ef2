package dev.consentry.dataset.demo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Writes event lines ordered by their instant, in bounded memory: lines are kept until
 * {@code runLines} of them are waiting, then sorted and written to a run file in a temporary
 * folder; at the end the runs are merged. The order is stable — lines with one instant keep the
 * order they were added in (within a run by a stable sort, across runs by run number) — so the
 * file is the same as sorting everything in memory would give, whatever the run size.
 */
final class SortedEventFile implements AutoCloseable {
    private record Line(long second, int nano, String json) {}

    private static final Comparator<Line> BY_INSTANT = Comparator.comparingLong(Line::second).thenComparingInt(Line::nano);

    private final Path target;
    private final int runLines;
    private final List<Line> waiting = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private Path runFolder;
    private int lines;

    SortedEventFile(Path target, int runLines) {
        this.target = target;
        this.runLines = runLines;
    }

    void add(Instant at, String json) {
        waiting.add(new Line(at.getEpochSecond(), at.getNano(), json));
        lines++;
        if (waiting.size() >= runLines) {
            spill();
        }
    }

    int lines() {
        return lines;
    }

    /** Writes the file. */
    void finish() {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            if (runs.isEmpty()) {
                waiting.sort(BY_INSTANT);
                for (Line line : waiting) {
                    out.write(line.json());
                    out.write('\n');
                }
                waiting.clear();
                return;
            }
            spill();
            merge(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void spill() {
        if (waiting.isEmpty()) {
            return;
        }
        waiting.sort(BY_INSTANT);
        try {
            if (runFolder == null) {
                runFolder = Files.createTempDirectory("consentry-demo-events");
            }
            Path run = runFolder.resolve("run-" + runs.size());
            try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (Line line : waiting) {
                    out.write(Long.toString(line.second()));
                    out.write(' ');
                    out.write(Integer.toString(line.nano()));
                    out.write(' ');
                    out.write(line.json());
                    out.write('\n');
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waiting.clear();
    }

    private record Head(Line line, int run) {}

    private void merge(Writer out) throws IOException {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::line, BY_INSTANT).thenComparingInt(Head::run));
            for (int run = 0; run < runs.size(); run++) {
                readers.add(Files.newBufferedReader(runs.get(run), StandardCharsets.UTF_8));
                push(heads, readers.get(run), run);
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                out.write(head.line().json());
                out.write('\n');
                push(heads, readers.get(head.run()), head.run());
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
    }

    private static void push(PriorityQueue<Head> heads, BufferedReader reader, int run) throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return;
        }
        int space = text.indexOf(' ');
        int second = text.indexOf(' ', space + 1);
        heads.add(new Head(new Line(Long.parseLong(text, 0, space, 10), Integer.parseInt(text, space + 1, second, 10), text.substring(second + 1)), run));
    }

    /** Removes the run files. */
    @Override
    public void close() {
        if (runFolder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(runFolder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(runFolder);
        } catch (IOException e) {
            // A temporary folder the system cleans up; nothing of the demo's output is in it.
        }
    }
}
