package dev.consentry.cli.consent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.io.TerminalText;
import dev.consentry.cli.UserException;
import dev.consentry.consent.Decision;
import dev.consentry.consent.Member;
import dev.consentry.consent.decision.DecisionFunction;
import dev.consentry.consent.decision.MemberHistory;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.jsonl.EventJson;
import dev.consentry.consent.policy.Policy;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"A member's timeline: every ledger entry in the order that decides (instant, then sequence), "
                + "with the member's decision for each purpose right after it, and the decisions now."})
public final class ShowLedgerCommand implements Callable<Integer> {
    @Option(names = "--member", required = true, paramLabel = "ID", description = "The member's id.")
    String memberId;

    @Option(names = "--at", paramLabel = "INSTANT", description = "The instant of the last row (default: now).")
    Instant at;

    @Option(names = "--json", description = "One JSON object per entry instead of a table.")
    boolean json;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Policy policy = options.policy();
        MemberHistory history = options.openStore().history(memberId);
        if (history.member() == null && history.entries().isEmpty()) {
            throw new UserException("member '" + memberId + "' is not in the registry of " + options.db());
        }
        DecisionFunction decisions = new DecisionFunction(policy);
        List<String> purposes = policy.purposeIds();
        List<LedgerEntry> timeline = history.entries().stream()
                .sorted(Comparator.comparing((LedgerEntry entry) -> entry.event().at()).thenComparingLong(LedgerEntry::sequence)).toList();
        Instant now = at != null ? at : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            for (LedgerEntry entry : timeline) {
                ObjectNode row = mapper.createObjectNode();
                row.put("seq", entry.sequence());
                row.set("event", parse(mapper, EventJson.canonical(entry.event())));
                row.set("decisions", decisionsJson(mapper, decisions, history, purposes, entry.event().at()));
                out.println(row);
            }
            ObjectNode last = mapper.createObjectNode();
            last.put("at", now.toString());
            last.set("decisions", decisionsJson(mapper, decisions, history, purposes, now));
            out.println(last);
            return 0;
        }
        Member member = history.member();
        out.println(TerminalText.escape(String.format("member %s: %s", memberId, member == null ? "NOT IN THE REGISTRY" : describe(member))));
        String format = "%-6s %-24s %-44s" + " %-22s".repeat(purposes.size()) + "%n";
        Object[] header = new Object[3 + purposes.size()];
        header[0] = "seq";
        header[1] = "at";
        header[2] = "event";
        for (int i = 0; i < purposes.size(); i++) {
            header[3 + i] = purposes.get(i);
        }
        out.printf(format, header);
        for (LedgerEntry entry : timeline) {
            out.printf(format, row(String.valueOf(entry.sequence()), entry.event().at(), TerminalText.escape(EventDescriptions.describe(entry.event())),
                    decisions, history, purposes));
        }
        out.printf(format, row("now", now, "", decisions, history, purposes));
        return 0;
    }

    private static Object[] row(String seq, Instant at, String event, DecisionFunction decisions, MemberHistory history, List<String> purposes) {
        Object[] row = new Object[3 + purposes.size()];
        row[0] = seq;
        row[1] = at.toString();
        row[2] = event.length() > 44 ? event.substring(0, 41) + "..." : event;
        for (int i = 0; i < purposes.size(); i++) {
            Decision decision = decisions.decide(history, purposes.get(i), at);
            row[3 + i] = (decision.allowed() ? "+ " : "- ") + decision.reason();
        }
        return row;
    }

    private static String describe(Member member) {
        StringBuilder text = new StringBuilder("country ").append(member.country());
        if (member.region() != null) {
            text.append(", region ").append(member.region());
        }
        if (member.birthDate() != null) {
            text.append(", born ").append(member.birthDate());
        }
        if (!member.handles().isEmpty()) {
            text.append(", handles @").append(String.join(" @", member.handles()));
        }
        return text.toString();
    }

    private static ObjectNode decisionsJson(ObjectMapper mapper, DecisionFunction decisions, MemberHistory history, List<String> purposes, Instant at) {
        ObjectNode node = mapper.createObjectNode();
        for (String purpose : purposes) {
            Decision decision = decisions.decide(history, purpose, at);
            node.putObject(purpose).put("allowed", decision.allowed()).put("reason", decision.reason().name());
        }
        return node;
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(ObjectMapper mapper, String canonical) {
        try {
            return mapper.readTree(canonical);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("canonical JSON always parses", e);
        }
    }
}
