package dev.consentry.cli.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.store.DatasetEntry;
import dev.consentry.store.Lineage;

/** {@code consentry datasets list}. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "Datasets published from this database.", subcommands = DatasetsCommand.ListCommand.class)
public final class DatasetsCommand {
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every dataset published now, one per path, oldest first. A dataset replaced by a later build of its path "
                    + "(--force) is listed with --all, with the dataset that replaced it: its data was used, and its lineage stays.")
    public static final class ListCommand implements Callable<Integer> {
        @Option(names = "--json", description = "One JSON object per dataset.")
        boolean json;

        @Option(names = "--all", description = "Also the datasets replaced since they were published.")
        boolean all;

        @Mixin
        StoreOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Lineage lineage = options.openStore().lineage();
            List<Lineage.Listed> datasets = all ? lineage.history() : lineage.list().stream().map(dataset -> new Lineage.Listed(dataset, null)).toList();
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper mapper = new ObjectMapper();
            if (!json) {
                out.printf("%-36s %-16s %-21s %-11s %10s %9s  %s%n", "dataset", "purpose", "as of", "policy", "records", "members", "path");
            }
            for (Lineage.Listed listed : datasets) {
                DatasetEntry dataset = listed.dataset();
                if (json) {
                    out.println(mapper.createObjectNode().put("dataset", dataset.id()).put("name", dataset.name()).put("purpose", dataset.purpose())
                            .put("asOf", dataset.asOf().toString()).put("policyVersion", dataset.policyVersion()).put("records", dataset.records())
                            .put("members", dataset.members()).put("path", dataset.path()).put("previous", dataset.previousId())
                            .put("ledgerSequence", dataset.ledgerSequence()).put("createdAt", dataset.createdAt().toString())
                            .put("replacedBy", listed.replacedBy()));
                } else {
                    out.printf(Locale.ROOT, "%-36s %-16s %-21s %-11s %,10d %,9d  %s%s%n", dataset.id(), dataset.purpose(), dataset.asOf(),
                            dataset.policyVersion(), dataset.records(), dataset.members(), dataset.path(),
                            listed.replacedBy() == null ? "" : "  (replaced by " + listed.replacedBy() + ")");
                }
            }
            out.flush();
            return 0;
        }
    }
}
