package dev.consentry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import dev.consentry.dataset.demo.DemoPlatform;

/**
 * Writes a synthetic platform for build benchmarks: members.jsonl, events.jsonl and
 * content.jsonl.zst of the demo's kind, at any size.
 *
 * <pre>
 * java -cp consentry-bench/target/benchmarks.jar dev.consentry.bench.GenerateCorpus /tmp/corpus 200000 7000000
 * </pre>
 */
public final class GenerateCorpus {
    private GenerateCorpus() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int members = Integer.parseInt(args[1]);
        long content = Long.parseLong(args[2]);
        Files.createDirectories(folder);
        long started = System.nanoTime();
        DemoPlatform.Written written = new DemoPlatform(42, members, Instant.parse("2026-06-01T00:00:00Z")).write(folder, content);
        System.out.printf("%d members, %d events, %d content records in %.1f s%n", written.members(), written.events(), written.content(),
                (System.nanoTime() - started) / 1e9);
    }
}
