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

/** {@code consentry datasets list}. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "Datasets published from this database.", subcommands = DatasetsCommand.ListCommand.class)
public final class DatasetsCommand {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every published dataset, oldest first.")
    public static final class ListCommand implements Callable<Integer> {
        @Option(names = "--json", description = "One JSON object per dataset.")
        boolean json;

        @Mixin
        StoreOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<DatasetEntry> datasets = options.openStore().lineage().list();
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper mapper = new ObjectMapper();
            if (!json) {
                out.printf("%-36s %-16s %-21s %-11s %10s %9s  %s%n", "dataset", "purpose", "as of", "policy", "records", "members", "path");
            }
            for (DatasetEntry dataset : datasets) {
                if (json) {
                    out.println(mapper.createObjectNode().put("dataset", dataset.id()).put("name", dataset.name()).put("purpose", dataset.purpose())
                            .put("asOf", dataset.asOf().toString()).put("policyVersion", dataset.policyVersion()).put("records", dataset.records())
                            .put("members", dataset.members()).put("path", dataset.path()).put("previous", dataset.previousId())
                            .put("ledgerSequence", dataset.ledgerSequence()).put("createdAt", dataset.createdAt().toString()));
                } else {
                    out.printf(Locale.ROOT, "%-36s %-16s %-21s %-11s %,10d %,9d  %s%n", dataset.id(), dataset.purpose(), dataset.asOf(),
                            dataset.policyVersion(), dataset.records(), dataset.members(), dataset.path());
                }
            }
            out.flush();
            return 0;
        }
    }
}
