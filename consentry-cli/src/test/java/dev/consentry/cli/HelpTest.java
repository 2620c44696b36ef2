package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command, parents of subcommands included, answers {@code --help} with its usage. */
class HelpTest {
    @Test
    void everyCommandTakesHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), paths);
        assertThat(paths).extracting(path -> String.join(" ", path)).contains("import", "ledger", "policy", "datasets", "lineage", "redact", "import events");
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertThat(result.status()).as(String.join(" ", args)).isZero();
            assertThat(result.err()).as(String.join(" ", args)).isEmpty();
            assertThat(result.out()).as(String.join(" ", args)).startsWith("Usage: consentry " + String.join(" ", path));
        }
    }

    @Test
    void aParentWithoutItsSubcommandIsAUserError() {
        Cli.Result result = Cli.run("import");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("Missing required subcommand").contains("members", "events");
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            into.add(subPath);
            collect(sub, subPath, into);
        });
    }
}
