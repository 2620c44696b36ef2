package dev.consentry.cli.consent;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.UserException;
import dev.consentry.store.AnchorException;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.LedgerAnchor;
import dev.consentry.store.Verification;
import dev.consentry.store.VerifyReport;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify the ledger: recompute its hash chain, check every entry's columns against its hashed payload, and check the "
                + "chain against every anchor the database holds (the last verified checkpoint, each import's last entry, each published "
                + "dataset's ledger entry and head hash) and against each --anchor FILE.",
                "Only the entries after the checkpoint are re-hashed, once the checkpoint agrees with the chain; --full re-hashes every one. "
                        + "An intact ledger moves the checkpoint to its head (not on a read-only database).",
                "Exit status 0 when intact; 1 naming each disagreement (an entry changed, removed or reordered behind the program's back, a "
                        + "truncated tail, a recomputed chain); 2 for an anchor file that is missing, unreadable or of another ledger."})
public final class VerifyLedgerCommand implements Callable<Integer> {
    @Option(names = "--full", description = "Re-hash every entry, not only those after the last verified checkpoint.")
    boolean full;

    @Option(names = "--anchor", paramLabel = "FILE", description = "An anchor written by 'ledger anchor' and kept outside the database; repeatable.")
    List<Path> anchorFiles = new ArrayList<>();

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Verification.ExternalAnchor> anchors = readAnchors(anchorFiles);
        ConsentStore store = options.openStore();
        Verification request = (full ? Verification.everyEntry() : Verification.incremental()).withAnchors(anchors);
        VerifyReport report;
        try {
            report = store.verify(request);
        } catch (AnchorException e) {
            throw new UserException(e.problems());
        }
        if (!report.intact()) {
            PrintWriter err = spec.commandLine().getErr();
            report.problems().forEach(problem -> err.printf("ledger TAMPERED: %s%n", problem));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ledger intact: %d entries, head %d %s%n", report.head().sequence(), report.head().sequence(), report.head().hash());
        out.printf(Locale.ROOT, "  %s; %s%s%n", rehashed(report), report.anchorsChecked() == 1 ? "1 anchor agrees" : report.anchorsChecked() + " anchors agree",
                store.readOnly() ? "; read-only database: checkpoint left at entry " + report.checkpoint() : "");
        return 0;
    }

    private static String rehashed(VerifyReport report) {
        if (report.checkpoint() == 0) {
            return "re-hashed every entry";
        }
        return report.entriesChecked() == 0 ? "nothing after the checkpoint at entry " + report.checkpoint() + " to re-hash"
                : "re-hashed entries " + (report.checkpoint() + 1) + "-" + report.head().sequence() + " after the checkpoint at entry " + report.checkpoint();
    }

    /** Every file's problems, all at once, before the database is opened. */
    static List<Verification.ExternalAnchor> readAnchors(List<Path> files) {
        List<Verification.ExternalAnchor> anchors = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                anchors.add(new Verification.ExternalAnchor(file.toString(), LedgerAnchor.parse(file.toString(),
                        new String(dev.consentry.dataset.io.SmallFiles.read(file, 1 << 20), StandardCharsets.UTF_8))));
            } catch (NoSuchFileException e) {
                problems.add(file + ": no such file");
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(file + ": cannot read (" + e.getMessage() + ")");
            } catch (AnchorException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return anchors;
    }
}
