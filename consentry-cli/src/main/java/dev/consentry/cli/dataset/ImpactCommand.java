package dev.consentry.cli.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.io.TerminalText;
import dev.consentry.cli.UserException;
import dev.consentry.dataset.build.Impact;
import dev.consentry.dataset.build.Manifest;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.DatasetEntry;

@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Members a dataset included whose decision now (or --at) is a denial — opted out, objected, erased, moved "
                + "into an excluded jurisdiction — with their record counts: what retraining without them would remove."})
public final class ImpactCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The dataset folder.")
    Path folder;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Decide as of this instant (default: now).")
    Instant at;

    @Option(names = "--json", description = "One JSON object per member.")
    boolean json;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Manifest manifest = Manifest.read(folder);
        ConsentStore store = options.openStore();
        DatasetEntry dataset = store.lineage().byId(manifest.dataset())
                .orElseThrow(() -> new UserException(folder + ": dataset " + manifest.dataset() + " is not recorded in " + options.db()));
        Instant when = at != null ? at : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Impact.Report report = new Impact(store, options.policy()).of(dataset, when);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            report.members().forEach(member -> out.println(mapper.createObjectNode().put("dataset", dataset.id()).put("member", member.member())
                    .put("reason", member.reason()).put("records", member.records()).put("at", when.toString())));
            out.flush();
            return 0;
        }
        out.printf(Locale.ROOT, "dataset %s (%s as of %s): %,d of its %,d members would be excluded at %s, %,d records%n", dataset.id(),
                dataset.purpose(), dataset.asOf(), report.members().size(), report.membersIncluded(), when, report.records());
        Map<String, Long> byReason = new TreeMap<>();
        report.members().forEach(member -> byReason.merge(member.reason(), 1L, Long::sum));
        byReason.forEach((reason, count) -> out.printf(Locale.ROOT, "  %-22s %,8d members%n", reason, count));
        if (!report.members().isEmpty()) {
            out.printf("%n  %-24s %-22s %8s%n", "member", "reason now", "records");
            report.members().forEach(member -> out.printf(Locale.ROOT, "  %-24s %-22s %,8d%n", TerminalText.escape(member.member()), member.reason(), member.records()));
        }
        out.flush();
        return 0;
    }
}
