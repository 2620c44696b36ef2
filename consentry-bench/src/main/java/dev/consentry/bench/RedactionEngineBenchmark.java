package dev.consentry.bench;

import dev.consentry.redact.Operator;
import dev.consentry.redact.RedactionConfig;
import dev.consentry.redact.RedactionEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the redaction engine, all detectors on, one generated social-media record per operation.
 *
 * <p>MB/s: the {@code bytes} auxiliary counter adds each record's UTF-8 size per operation, so JMH
 * reports it as bytes/second next to ops/s — divide by 1,000,000 for MB/s. With one thread the figure is
 * per core; {@code -t 2} shares one engine between two threads (the engine is immutable and thread-safe),
 * and JMH sums the threads' rates. Per-detector rates: {@link DetectorBenchmark}.
 *
 * <pre>
 * ./mvnw -q -B -pl consentry-bench -am package -DskipTests
 * java -jar consentry-bench/target/benchmarks.jar RedactionEngineBenchmark.detect -f 1 -wi 3 -i 5 -w 2s -r 3s
 * java -jar consentry-bench/target/benchmarks.jar RedactionEngineBenchmark.detect -f 1 -wi 3 -i 5 -w 2s -r 3s -t 2
 * </pre>
 * Numbers: BENCHMARKS.md, section "Redaction engine".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RedactionEngineBenchmark {

    static final long SEED = 20_240_601L;
    static final int RECORDS = 4_096;

    RedactionEngine engine;
    List<String> corpus;
    int[] sizes;

    @Setup(Level.Trial)
    public void setup() {
        engine = RedactionEngine.create(RedactionConfig.defaults());
        corpus = SocialCorpus.generate(SEED, RECORDS);
        sizes = corpus.stream().mapToInt(s -> s.getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    /** Per-thread cursor and byte counter; JMH reports {@code bytes} as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        int next;
        public long bytes;
    }

    @Benchmark
    public Object detect(Counters c) {
        int i = c.next++ & (RECORDS - 1);
        c.bytes += sizes[i];
        return engine.detect(corpus.get(i));
    }

    @Benchmark
    public Object redactPlaceholder(Counters c) {
        int i = c.next++ & (RECORDS - 1);
        c.bytes += sizes[i];
        return engine.redact(corpus.get(i), Operator.placeholder());
    }
}
