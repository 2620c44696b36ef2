package dev.consentry.bench;

import dev.consentry.redact.EntityType;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the engine with ONE detector enabled, on the same corpus as
 * {@link RedactionEngineBenchmark}: where the all-detectors time goes. Each figure includes the shared
 * per-record work (char copy, tokenization when the detector needs words, resolution), so the
 * per-detector rates do not add up to the all-detectors rate.
 *
 * <pre>
 * ./mvnw -q -B -pl consentry-bench -am package -DskipTests
 * java -jar consentry-bench/target/benchmarks.jar DetectorBenchmark -f 1 -wi 2 -i 3 -w 1s -r 2s
 * </pre>
 * Numbers: BENCHMARKS.md, section "Redaction engine".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectorBenchmark {

    @Param({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "URL",
        "STREET_ADDRESS", "DATE_OF_BIRTH", "SOCIAL_HANDLE", "CRYPTO"})
    public String type;

    RedactionEngine engine;
    List<String> corpus;
    int[] sizes;

    @Setup(Level.Trial)
    public void setup() {
        engine = RedactionEngine.create(RedactionConfig.builder().enabled(List.of(EntityType.valueOf(type))).build());
        corpus = SocialCorpus.generate(RedactionEngineBenchmark.SEED, RedactionEngineBenchmark.RECORDS);
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
        int i = c.next++ & (RedactionEngineBenchmark.RECORDS - 1);
        c.bytes += sizes[i];
        return engine.detect(corpus.get(i));
    }
}
