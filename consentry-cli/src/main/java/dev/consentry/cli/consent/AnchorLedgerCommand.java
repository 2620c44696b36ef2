package dev.consentry.cli.consent;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.VerifyReport;

@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = {"Verify the ledger, then print one JSON statement of its head: {\"ledgerId\",\"sequence\",\"headHash\",\"at\"}.",
                "Publish it or keep it outside the database; 'ledger verify --anchor FILE' then catches a chain truncated or recomputed "
                        + "by someone who could also rewrite every anchor inside the database.",
                "Exit status 0 with the statement on stdout; 1, with no statement, when the ledger does not verify."})
public final class AnchorLedgerCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConsentStore store = options.openStore();
        VerifyReport report = store.verify();
        if (!report.intact()) {
            PrintWriter err = spec.commandLine().getErr();
            report.problems().forEach(problem -> err.printf("ledger TAMPERED: %s%n", problem));
            err.println("no anchor taken: an anchor of a ledger that does not verify would vouch for it");
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(store.anchor(report).toJson());
        return 0;
    }
}
