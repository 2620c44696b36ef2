package dev.consentry.cli.consent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.io.JsonLinesFile;
import dev.consentry.cli.io.LineErrors;
import dev.consentry.consent.Decision;
import dev.consentry.consent.decision.DecisionFunction;
import dev.consentry.consent.decision.MemberHistory;
import dev.consentry.consent.jsonl.QueryLineParser;
import dev.consentry.consent.jsonl.QueryLineParser.Query;
import dev.consentry.store.ConsentStore;

@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Answer consent queries: may this member's data be used for this purpose at this instant?",
                "Each query line: {\"member\":\"m-1\",\"purpose\":\"genai-training\",\"at\":\"2025-02-01T00:00:00Z\"}.",
                "Each answer, on stdout in query order: the query's fields plus \"allowed\":true|false and \"reason\":\"CODE\".",
                "All queries are checked before any is answered; bad lines are listed as FILE:LINE: message with exit status 2."})
public final class DecideCommand implements Callable<Integer> {
    private static final int CACHED_MEMBERS = 10_000;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "Queries as JSON Lines (- for stdin).")
    String queries;

    @Option(names = "--explain", description = "Also give the policy version in force (\"policyVersion\").")
    boolean explain;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DecisionFunction decisions = new DecisionFunction(options.policy());
        QueryLineParser parser = new QueryLineParser();
        List<Query> parsed = new ArrayList<>();
        LineErrors errors = new LineErrors(queries);
        try (JsonLinesFile lines = new JsonLinesFile(queries)) {
            lines.checkEveryLine(errors, parser::parse, parsed::add);
        }
        errors.throwIfAny("no query answered: fix the lines above");
        ConsentStore store = options.openStore();
        store.requireIntact("answer decisions");
        Map<String, MemberHistory> histories = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MemberHistory> eldest) {
                return size() > CACHED_MEMBERS;
            }
        };
        PrintWriter out = spec.commandLine().getOut();
        for (Query query : parsed) {
            MemberHistory history = histories.computeIfAbsent(query.member(), store::history);
            Decision decision = decisions.decide(history, query.purpose(), query.at());
            ObjectNode answer = query.line().deepCopy();
            answer.put("allowed", decision.allowed());
            answer.put("reason", decision.reason().name());
            if (explain) {
                answer.put("policyVersion", decision.policyVersion());
            }
            out.println(answer);
        }
        out.flush();
        return 0;
    }
}
