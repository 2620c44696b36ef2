package dev.consentry.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.Main;
import dev.consentry.cli.UserException;
import dev.consentry.consent.ReasonCode;
import dev.consentry.dataset.demo.DemoPlatform;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.policy.DefaultPolicy;
import dev.consentry.consent.policy.Policy;
import dev.consentry.store.ConsentStore;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on a synthetic platform, on the embedded SQLite database under ./consentry-data/demo/:",
                "generate members and their consent history, import them, and show who may be used for generative-AI training "
                        + "at each turn of the policy's timeline, and why."})
public final class DemoCommand implements Callable<Integer> {
    private static final String PURPOSE = "genai-training";

    @Option(names = "--members", defaultValue = "20000", description = "Members to generate (default: ${DEFAULT-VALUE}).")
    int members;

    @Option(names = "--seed", defaultValue = "17", description = "Random seed; the same seed gives the same platform (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", defaultValue = "consentry-data/demo", description = "Working folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (members < 1) {
            throw new UserException("--members must be at least 1, was " + members);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        recreate(folder);
        int events = new DemoPlatform(seed, members, now).write(folder);
        out.printf("generated %d members and %d consent events in %s%n", members, events, folder);

        String db = "jdbc:sqlite:" + folder.resolve("consentry.db");
        step(out, err, "import", "members", folder.resolve("members.jsonl").toString(), "--db", db);
        step(out, err, "import", "events", folder.resolve("events.jsonl").toString(), "--db", db);
        step(out, err, "ledger", "verify", "--db", db);

        Policy policy = DefaultPolicy.load();
        ConsentStore store = ConsentStore.open(db);
        List<Instant> instants = Stream.of("2024-09-01T00:00:00Z", "2024-10-01T00:00:00Z", "2025-06-01T00:00:00Z", "2025-11-10T00:00:00Z",
                        "2025-12-10T00:00:00Z").map(Instant::parse).filter(instant -> instant.isBefore(now)).collect(java.util.stream.Collectors.toList());
        instants.add(now);
        out.printf("%n%s decisions for %d members (allowed marked +):%n", PURPOSE, members);
        out.printf("  %-24s", "reason");
        instants.forEach(instant -> out.printf(" %21s", instant.toString().substring(0, 10)));
        out.println();
        List<Map<ReasonCode, Integer>> counts = instants.stream().map(instant -> count(store.snapshot(policy, instant))).toList();
        for (ReasonCode reason : ReasonCode.values()) {
            if (counts.stream().allMatch(count -> count.getOrDefault(reason, 0) == 0)) {
                continue;
            }
            out.printf("%s %-24s", reason.allows() ? "+" : " ", reason);
            counts.forEach(count -> out.printf(" %21d", count.getOrDefault(reason, 0)));
            out.println();
        }
        out.printf("%nOne member's timeline: ./consentry ledger show --member %s --db %s%n", DemoPlatform.memberId(1), db);
        out.printf("Ask your own questions:  ./consentry decide --queries FILE --db %s%n", db);
        return 0;
    }

    private Map<ReasonCode, Integer> count(ConsentSnapshot snapshot) {
        Map<ReasonCode, Integer> counts = new EnumMap<>(ReasonCode.class);
        for (int i = 1; i <= members; i++) {
            counts.merge(snapshot.decide(DemoPlatform.memberId(i), PURPOSE).reason(), 1, Integer::sum);
        }
        return counts;
    }

    private static void step(PrintWriter out, PrintWriter err, String... args) {
        out.printf("$ consentry %s%n", String.join(" ", args));
        int status = Main.run(args, out, err);
        if (status != 0) {
            throw new IllegalStateException("demo step failed with status " + status + ": consentry " + String.join(" ", args));
        }
    }

    private static void recreate(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder, e);
        }
    }
}
