package dev.consentry.bench;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.consentry.consent.Decision;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.policy.DefaultPolicy;

/**
 * Decisions per second of a {@link ConsentSnapshot}: the question a dataset build asks once per
 * content record. Member ids are looked up in a random order that defeats the CPU caches, as a
 * build's content order does. Figures are in BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -q -B -pl consentry-bench -am package -DskipTests
 * java -jar consentry-bench/target/benchmarks.jar ConsentSnapshotBenchmark -f 1 -wi 3 -i 5 -w 2s -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ConsentSnapshotBenchmark {
    static final int QUERIES = 1 << 16;

    @Param({"1000000"})
    public int members;

    ConsentSnapshot snapshot;
    String[] queries;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setup() {
        snapshot = SyntheticLedger.snapshot(DefaultPolicy.load(), Instant.parse("2026-01-01T00:00:00Z"), members, 42);
        SplittableRandom random = new SplittableRandom(7);
        queries = new String[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            // One query in 64 names a member the registry does not know.
            queries[i] = random.nextInt(64) == 0 ? "unknown-" + i : SyntheticLedger.memberId(random.nextInt(members));
        }
    }

    @Benchmark
    public Decision decide(Cursor cursor) {
        String member = queries[cursor.next++ & (QUERIES - 1)];
        return snapshot.decide(member, "genai-training");
    }
}
