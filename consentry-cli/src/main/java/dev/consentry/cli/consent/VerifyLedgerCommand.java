package dev.consentry.cli.consent;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.store.VerifyReport;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute the ledger's hash chain from its first entry and check every entry's columns against its hashed payload.",
                "Exit status 0 when intact; 1 naming the first entry that does not match (changed, removed or reordered "
                        + "behind the program's back)."})
public final class VerifyLedgerCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VerifyReport report = options.openStore().verify();
        PrintWriter out = spec.commandLine().getOut();
        if (report.intact()) {
            out.printf("ledger intact: %d entries, head %d %s%n", report.entriesChecked(), report.head().sequence(), report.head().hash());
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("ledger TAMPERED: %s%n", report.problem());
        err.printf("entries 1-%d verify; the chain is broken from entry %d on%n", report.head().sequence(), report.firstBadSequence());
        return 1;
    }
}
