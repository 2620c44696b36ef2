package dev.consentry.cli.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.Main;
import dev.consentry.cli.UserException;
import dev.consentry.consent.ReasonCode;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.policy.DefaultPolicy;
import dev.consentry.consent.policy.Policy;
import dev.consentry.dataset.build.Impact;
import dev.consentry.dataset.build.Manifest;
import dev.consentry.dataset.demo.DemoFolder;
import dev.consentry.dataset.demo.DemoPlatform;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.DatasetEntry;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on a synthetic platform, on the embedded SQLite database under ./consentry-data/demo/:",
                "generate members, their consent history and their content (with personal data in the text), import them, build "
                        + "the genai-training dataset as of an earlier day and as of now, and show what each contains and why, "
                        + "and the lineage and impact of a member who opted out after the earlier build."})
public final class DemoCommand implements Callable<Integer> {
    private static final String PURPOSE = "genai-training";

    @Option(names = "--members", defaultValue = "20000", description = "Members to generate (default: ${DEFAULT-VALUE}).")
    int members;

    @Option(names = "--content", defaultValue = "200000", description = "Content records to generate (default: ${DEFAULT-VALUE}).")
    long content;

    @Option(names = "--seed", defaultValue = "17", description = "Random seed; the same seed gives the same platform (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", defaultValue = "consentry-data/demo",
            description = "Working folder, emptied first: only a new or empty folder or one an earlier demo wrote (its .consentry-demo file and files) "
                    + "(default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--earlier-days", defaultValue = "120", description = "How many days before now the earlier build is (default: ${DEFAULT-VALUE}).")
    int earlierDays;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (members < 1 || content < 1) {
            throw new UserException("--members and --content must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant earlier = now.minus(Duration.ofDays(earlierDays));
        new DemoFolder(Path.of(""), Path.of(System.getProperty("user.home"))).prepare(folder);
        long started = System.nanoTime();
        DemoPlatform.Written written = new DemoPlatform(seed, members, now).write(folder, content);
        out.printf(Locale.ROOT, "generated %,d members, %,d consent events and %,d content records in %s (%.1f s)%n", written.members(), written.events(),
                written.content(), folder, (System.nanoTime() - started) / 1e9);

        String db = "jdbc:sqlite:" + folder.resolve("consentry.db");
        step(out, err, "import", "members", folder.resolve("members.jsonl").toString(), "--db", db);
        step(out, err, "import", "events", folder.resolve("events.jsonl").toString(), "--db", db);
        step(out, err, "ledger", "verify", "--db", db);

        Policy policy = DefaultPolicy.load();
        ConsentStore store = ConsentStore.open(db);
        decisionTimeline(out, store, policy, now);

        Path earlierDataset = folder.resolve("datasets").resolve("genai-earlier");
        Path nowDataset = folder.resolve("datasets").resolve("genai-now");
        String content = folder.resolve("content.jsonl.zst").toString();
        step(out, err, "build", "--purpose", PURPOSE, "--as-of", earlier.toString(), "--input", content, "--out", earlierDataset.toString(), "--db", db, "-q");
        step(out, err, "build", "--purpose", PURPOSE, "--as-of", now.toString(), "--input", content, "--out", nowDataset.toString(), "--db", db, "-q");
        step(out, err, "verify", nowDataset.toString());
        step(out, err, "datasets", "list", "--db", db);

        DatasetEntry first = store.lineage().byId(Manifest.read(earlierDataset).dataset()).orElseThrow();
        Impact.Report impact = new Impact(store, policy).of(first, now);
        Optional<Impact.ImpactedMember> optedOut = impact.members().stream().filter(member -> member.reason().equals(ReasonCode.OPTED_OUT.name()))
                .findFirst().or(() -> impact.members().stream().findFirst());
        if (optedOut.isPresent()) {
            String member = optedOut.get().member();
            out.printf("%nMember %s was in the earlier dataset and is %s now: their data stays out of every later build.%n", member, optedOut.get().reason());
            step(out, err, "ledger", "show", "--member", member, "--db", db);
            step(out, err, "lineage", "member", member, "--db", db);
            stepHead(out, err, 14, "impact", earlierDataset.toString(), "--db", db);
        }
        out.printf("%nEverything is in %s: the datasets (manifest.json, README.md dataset card, shards), the generated inputs and the database.%n", folder);
        return 0;
    }

    private void decisionTimeline(PrintWriter out, ConsentStore store, Policy policy, Instant now) {
        List<Instant> instants = new java.util.ArrayList<>(Stream.of("2024-09-01T00:00:00Z", "2024-10-20T00:00:00Z", "2025-11-10T00:00:00Z", "2025-12-10T00:00:00Z")
                .map(Instant::parse).filter(instant -> instant.isBefore(now)).toList());
        instants.add(now);
        out.printf("%n%s decisions for %,d members (allowed marked +):%n", PURPOSE, members);
        out.printf("  %-24s", "reason");
        instants.forEach(instant -> out.printf(" %12s", instant.toString().substring(0, 10)));
        out.println();
        List<Map<ReasonCode, Integer>> counts = instants.stream().map(instant -> count(store.snapshot(policy, instant))).toList();
        for (ReasonCode reason : ReasonCode.values()) {
            if (counts.stream().allMatch(count -> count.getOrDefault(reason, 0) == 0)) {
                continue;
            }
            out.printf("%s %-24s", reason.allows() ? "+" : " ", reason);
            counts.forEach(count -> out.printf(Locale.ROOT, " %,12d", count.getOrDefault(reason, 0)));
            out.println();
        }
    }

    private Map<ReasonCode, Integer> count(ConsentSnapshot snapshot) {
        Map<ReasonCode, Integer> counts = new EnumMap<>(ReasonCode.class);
        for (int i = 1; i <= members; i++) {
            counts.merge(snapshot.decide(DemoPlatform.memberId(i), PURPOSE).reason(), 1, Integer::sum);
        }
        return counts;
    }

    private static void step(PrintWriter out, PrintWriter err, String... args) {
        stepHead(out, err, Integer.MAX_VALUE, args);
    }

    /** Runs a consentry command as the user would, showing it and the first {@code lines} lines it prints. */
    private static void stepHead(PrintWriter out, PrintWriter err, int lines, String... args) {
        out.printf("%n$ consentry %s%n", String.join(" ", args));
        StringWriter captured = new StringWriter();
        int status = Main.run(args, new PrintWriter(captured, true), err);
        String[] printed = captured.toString().split("\n");
        for (int i = 0; i < Math.min(lines, printed.length); i++) {
            out.println(printed[i]);
        }
        if (printed.length > lines) {
            out.printf("  ... %d more lines%n", printed.length - lines);
        }
        out.flush();
        if (status != 0) {
            throw new IllegalStateException("demo step failed with status " + status + ": consentry " + String.join(" ", args));
        }
    }
}
