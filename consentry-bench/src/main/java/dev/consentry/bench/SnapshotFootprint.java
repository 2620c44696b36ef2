package dev.consentry.bench;

import java.time.Instant;

import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.policy.DefaultPolicy;

/**
 * Heap held by a snapshot of N members (default 10 million): builds it, collects garbage and
 * reports the difference in used heap. Figures are in BENCHMARKS.md.
 *
 * <pre>
 * java -Xmx2g -cp consentry-bench/target/benchmarks.jar dev.consentry.bench.SnapshotFootprint 10000000
 * </pre>
 */
public final class SnapshotFootprint {
    private SnapshotFootprint() {}

    public static void main(String[] args) throws InterruptedException {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        long before = usedAfterGc();
        long started = System.nanoTime();
        ConsentSnapshot snapshot = SyntheticLedger.snapshot(DefaultPolicy.load(), Instant.parse("2026-01-01T00:00:00Z"), members, 42);
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = usedAfterGc();
        System.out.printf("members: %,d  built in %.1f s (%.0f members/s)  heap held: %,d MB (%.1f bytes/member)%n",
                snapshot.memberCount(), seconds, members / seconds, (after - before) >> 20, (double) (after - before) / members);
        System.out.println("sample decision: " + snapshot.decide(SyntheticLedger.memberId(members / 2), "genai-training"));
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
