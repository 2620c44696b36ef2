package dev.consentry.cli.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
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
import dev.consentry.store.Lineage;

/** {@code consentry lineage member ID}. */
@Command(name = "lineage", mixinStandardHelpOptions = true, description = "Which datasets used a member's data.", subcommands = LineageCommand.MemberCommand.class)
public final class LineageCommand {
    @Command(name = "member", mixinStandardHelpOptions = true, description = "Every dataset that used the member's data, with how many records.")
    public static final class MemberCommand implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The member's id.")
        String memberId;

        @Option(names = "--json", description = "One JSON object per dataset.")
        boolean json;

        @Mixin
        StoreOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Lineage lineage = options.openStore().lineage();
            OptionalLong number = lineage.memberNumber(memberId);
            if (number.isEmpty()) {
                throw new UserException("member '" + memberId + "' is not in the registry of " + options.db());
            }
            List<Lineage.MemberUse> uses = lineage.usesOf(number.getAsLong());
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper mapper = new ObjectMapper();
            if (!json) {
                out.printf("member %s: %d dataset%s%n", TerminalText.escape(memberId), uses.size(), uses.size() == 1 ? "" : "s");
            }
            for (Lineage.MemberUse use : uses) {
                if (json) {
                    out.println(mapper.createObjectNode().put("member", memberId).put("dataset", use.dataset().id()).put("purpose", use.dataset().purpose())
                            .put("asOf", use.dataset().asOf().toString()).put("records", use.records()).put("path", use.dataset().path())
                            .put("replacedBy", use.replacedBy()));
                } else {
                    out.printf(Locale.ROOT, "  %-36s %-16s as of %-21s %,8d records  %s%s%n", use.dataset().id(), use.dataset().purpose(),
                            use.dataset().asOf(), use.records(), use.dataset().path(),
                            use.replacedBy() == null ? "" : "  (replaced by " + use.replacedBy() + ")");
                }
            }
            out.flush();
            return 0;
        }
    }
}
