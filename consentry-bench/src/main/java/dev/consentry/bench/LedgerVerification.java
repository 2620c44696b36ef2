package dev.consentry.bench;

import dev.consentry.store.ConsentStore;
import dev.consentry.store.Verification;
import dev.consentry.store.VerifyReport;

/**
 * Times ledger verification in one JVM (no start-up, no migration check in the figures): the
 * incremental verification every build and {@code ledger verify} run, with and without its random
 * spot check of the verified prefix, and the full one ({@code ledger verify --full}). Figures in
 * BENCHMARKS.md, "Ledger verification".
 *
 * <pre>java -cp consentry-bench/target/benchmarks.jar dev.consentry.bench.LedgerVerification jdbc:sqlite:/tmp/ledger-bench/l.db [RUNS]</pre>
 */
public final class LedgerVerification {
    private LedgerVerification() {}

    public static void main(String[] args) {
        ConsentStore store = ConsentStore.openExisting(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        time(store, "incremental", Verification.incremental(), runs);
        time(store, "incremental, no spot check", Verification.incremental().withPrefixSample(0), runs);
        time(store, "full", Verification.everyEntry(), runs);
    }

    private static void time(ConsentStore store, String what, Verification how, int runs) {
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            VerifyReport report = store.verify(how);
            System.out.printf("%-28s %8.3f s  %,d entries re-hashed after entry %,d, %s%n", what, (System.nanoTime() - started) / 1e9,
                    report.entriesChecked(), report.checkpoint(), report.intact() ? "intact" : "NOT INTACT: " + report.problem());
        }
    }
}
