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
import dev.consentry.consent.event.EventType;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.jsonl.EventJson;
import dev.consentry.consent.policy.Policy;
import dev.consentry.store.ConsentStore;

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
        ConsentStore store = options.openStore();
        store.requireIntact("show decisions");
        MemberHistory history = store.history(memberId);
        if (history.member() == null && history.entries().isEmpty()) {
            throw new UserException("member '" + memberId + "' is not in the registry of " + options.db());
        }
        DecisionFunction decisions = new DecisionFunction(policy);
        List<String> purposes = policy.purposeIds();
        // Registry facts (registration, birth dates) hold at every instant: they come first, in ledger
        // order, without decisions of their own; the other entries follow in decision order.
        List<LedgerEntry> facts = history.entries().stream().filter(ShowLedgerCommand::isRegistryFact)
                .sorted(Comparator.comparingLong(LedgerEntry::sequence)).toList();
        List<LedgerEntry> timeline = history.entries().stream().filter(entry -> !isRegistryFact(entry))
                .sorted(Comparator.comparing((LedgerEntry entry) -> entry.event().at()).thenComparingLong(LedgerEntry::sequence)).toList();
        Instant now = at != null ? at : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            for (LedgerEntry entry : facts) {
                ObjectNode row = mapper.createObjectNode();
                row.put("seq", entry.sequence());
                row.set("event", parse(mapper, EventJson.canonical(entry.event())));
                row.put("holdsAtEveryInstant", true);
                out.println(row);
            }
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
        out.println(TerminalText.escape(String.format("member %s: %s", memberId, member == null ? "NOT IN THE REGISTRY" : describe(member, history, now))));
        String format = "%-6s %-24s %-44s" + " %-22s".repeat(purposes.size()) + "%n";
        Object[] header = new Object[3 + purposes.size()];
        header[0] = "seq";
        header[1] = "at";
        header[2] = "event";
        for (int i = 0; i < purposes.size(); i++) {
            header[3 + i] = purposes.get(i);
        }
        out.printf(format, header);
        for (LedgerEntry entry : facts) {
            Object[] row = new Object[3 + purposes.size()];
            java.util.Arrays.fill(row, "");
            row[0] = String.valueOf(entry.sequence());
            row[1] = entry.event().at().toString();
            row[2] = cut(EventDescriptions.describe(entry.event()));
            row[3] = "(holds at every instant)";
            out.printf(format, row);
        }
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
        row[2] = cut(event);
        for (int i = 0; i < purposes.size(); i++) {
            Decision decision = decisions.decide(history, purposes.get(i), at);
            row[3 + i] = (decision.allowed() ? "+ " : "- ") + decision.reason();
        }
        return row;
    }

    /** The facts decisions use come from the ledger; the registry row adds region and handles. */
    private static String cut(String event) {
        return event.length() > 44 ? event.substring(0, 41) + "..." : event;
    }

    private static boolean isRegistryFact(LedgerEntry entry) {
        EventType type = entry.event().type();
        return type == EventType.REGISTRATION || type == EventType.BIRTH_DATE_RECORDED || type == EventType.BIRTH_DATE_CORRECTED;
    }

    private static String describe(Member member, MemberHistory history, Instant now) {
        if (!history.isRegistered()) {
            return "NO REGISTRATION IN THE LEDGER (every decision is UNKNOWN_MEMBER)";
        }
        StringBuilder text = new StringBuilder("country ").append(history.countryAt(now).orElseThrow());
        if (member.region() != null) {
            text.append(", region ").append(member.region());
        }
        text.append(history.birthDate().map(birth -> ", born " + birth).orElse(", birth date unknown"));
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
