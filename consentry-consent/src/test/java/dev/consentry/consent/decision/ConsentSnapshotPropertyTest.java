package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import dev.consentry.consent.Decision;
import dev.consentry.consent.Member;
import dev.consentry.consent.ReasonCode;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.policy.DefaultPolicy;
import dev.consentry.consent.policy.Policy;

/**
 * Random ledgers: the snapshot, the decision function and the reference model must agree on
 * every member, purpose and instant. Instants come from a small pool around the policy's version
 * boundaries and notice ages, so ties, boundaries and "exactly 30 days" happen often.
 * QuickTheories prints the seed of a failing run; {@code -DQT_SEED=<seed>} replays it.
 */
class ConsentSnapshotPropertyTest {
    private static final Policy POLICY = DefaultPolicy.load();
    private static final List<String> COUNTRIES = List.of("US", "DE", "GB", "HK", "CA", "NO", "CH", "BR");
    private static final List<String> PURPOSES = List.of("genai-training", "personalization", "moderation", "unknown-purpose");
    private static final List<String> VERSIONS = List.of("2024-09-18", "2024-10-11", "2025-11-03", "1999-01-01");
    private static final int MEMBERS = 4;
    private static final List<Instant> INSTANTS = instants();

    private static List<Instant> instants() {
        List<Instant> instants = new ArrayList<>();
        for (String day : List.of("2024-09-01", "2024-09-18", "2024-09-20", "2024-10-11", "2024-10-18", "2024-12-10",
                "2025-06-01", "2025-11-03", "2025-12-03", "2026-03-15")) {
            Instant start = Instant.parse(day + "T00:00:00Z");
            instants.add(start);
            instants.add(start.plus(Duration.ofDays(30)));
            instants.add(start.minusSeconds(1));
        }
        return List.copyOf(instants);
    }

    /** One random event, as indexes into small pools; turned into a ledger entry by {@link #ledger}. */
    record EventSpec(int kind, int member, int instant, boolean flag, int choice) {}

    record MemberSpec(int country, int birthYear) {}

    static Gen<EventSpec> events() {
        return integers().between(0, 7).zip(integers().between(0, MEMBERS),
                        integers().between(0, INSTANTS.size() - 1), Generate.booleans(), integers().between(0, 7),
                EventSpec::new);
    }

    /** A birth year, or none (0) for four members in ten. */
    static Gen<MemberSpec> members() {
        return integers().between(0, COUNTRIES.size() - 1).zip(integers().between(1, 100), integers().between(2000, 2012),
                (country, percent, year) -> new MemberSpec(country, percent <= 40 ? 0 : year));
    }

    @Test
    void snapshotAndDecisionFunctionMatchTheReference() {
        qt().withExamples(400)
                .forAll(lists().of(members()).ofSize(MEMBERS), lists().of(events()).ofSizeBetween(0, 40), queryInstant())
                .checkAssert(this::snapshotAndDecisionFunctionMatchTheReference);
    }

    private void snapshotAndDecisionFunctionMatchTheReference(List<MemberSpec> memberSpecs, List<EventSpec> eventSpecs, Instant at) {
        LedgerFixture ledger = new LedgerFixture();
        for (int i = 0; i < MEMBERS; i++) {
            MemberSpec spec = memberSpecs.get(i);
            LocalDate birth = spec.birthYear() == 0 ? null : LocalDate.of(spec.birthYear(), 6, 15);
            Member member = new Member("m" + i, COUNTRIES.get(spec.country()), null, birth, null, List.of());
            if (i == MEMBERS - 1 && spec.birthYear() == 2012) {
                ledger.rowOnly(member); // a registry row without its registration: unknown to decisions
            } else {
                ledger.member(member);
            }
        }
        ledger(ledger, eventSpecs);

        ConsentSnapshot.Builder builder = ConsentSnapshot.builder(POLICY, at);
        ledger.members().keySet().forEach(id -> builder.add(ledger.history(id), Long.parseLong(id.substring(1))));
        ConsentSnapshot snapshot = builder.build();
        DecisionFunction function = new DecisionFunction(POLICY);

        for (int i = 0; i <= MEMBERS; i++) { // m4 is not in the registry
            String id = "m" + i;
            MemberHistory history = ledger.history(id);
            for (String purpose : PURPOSES) {
                ReasonCode expected = ReferenceDecider.decide(POLICY, history.member(), history.entries(), purpose, at);
                Decision direct = function.decide(history, purpose, at);
                assertThat(direct.reason()).as("decision function, %s %s at %s", id, purpose, at).isEqualTo(expected);
                assertThat(snapshot.decide(id, purpose)).as("snapshot, %s %s at %s", id, purpose, at).isEqualTo(direct);
            }
        }
    }

    @SuppressWarnings("unchecked") // Generate.oneOf takes generic varargs
    static Gen<Instant> queryInstant() {
        return Generate.oneOf(Generate.pick(INSTANTS),
                longs().between(Instant.parse("2024-09-01T00:00:00Z").getEpochSecond(), Instant.parse("2026-06-01T00:00:00Z").getEpochSecond())
                        .map(seconds -> Instant.ofEpochSecond(seconds)));
    }

    private static void ledger(LedgerFixture ledger, List<EventSpec> specs) {
        Map<String, Integer> filed = new HashMap<>();
        for (EventSpec spec : specs) {
            String member = "m" + Math.min(spec.member(), MEMBERS - 1);
            String at = INSTANTS.get(spec.instant()).toString();
            String objection = "o" + (spec.choice() % 3);
            switch (spec.kind()) {
                case 0 -> ledger.setting(member, PURPOSES.get(spec.choice() % 2 == 0 ? 0 : 1), spec.flag(), at);
                case 1 -> ledger.notice(member, VERSIONS.get(spec.choice() % VERSIONS.size()), at);
                case 2 -> ledger.gpc(member, at);
                case 3 -> ledger.relocation(member, COUNTRIES.get(spec.choice()), at);
                case 4 -> {
                    if (spec.flag() && spec.choice() == 7) {
                        ledger.erasure(member, at);
                    } else if (!spec.flag() && spec.choice() >= 4) {
                        // Birth years 2005-2008 straddle the minimum age of 18 across the instants.
                        ledger.birthDateCorrected(member, (2001 + spec.choice()) + "-06-15", at);
                    } else {
                        ledger.setting(member, PURPOSES.get(0), spec.flag(), at);
                    }
                }
                case 5 -> {
                    if (!filed.containsKey(objection)) {
                        filed.put(objection, 1);
                        List<String> purposes = spec.flag() ? List.of("personalization") : List.of("personalization", "moderation");
                        ledger.objection(member, objection, purposes, at);
                    }
                }
                case 6 -> {
                    if (filed.containsKey(objection)) {
                        ledger.decided(objection, spec.flag(), at);
                    }
                }
                default -> {
                    if (filed.containsKey(objection)) {
                        ledger.withdrawn(objection, at);
                    }
                }
            }
        }
    }

    @Test
    void entryOrderInTheHistoryDoesNotMatter() {
        qt().withExamples(50).forAll(lists().of(events()).ofSizeBetween(0, 30), queryInstant())
                .checkAssert(this::entryOrderInTheHistoryDoesNotMatter);
    }

    private void entryOrderInTheHistoryDoesNotMatter(List<EventSpec> eventSpecs, Instant at) {
        LedgerFixture ledger = new LedgerFixture();
        for (int i = 0; i < MEMBERS; i++) {
            ledger.member(Member.of("m" + i, "US"));
        }
        ledger(ledger, eventSpecs);
        DecisionFunction function = new DecisionFunction(POLICY);
        for (int i = 0; i < MEMBERS; i++) {
            MemberHistory history = ledger.history("m" + i);
            List<LedgerEntry> reversed = new ArrayList<>(history.entries());
            java.util.Collections.reverse(reversed);
            MemberHistory shuffled = new MemberHistory(history.memberId(), history.member(), reversed);
            for (String purpose : PURPOSES) {
                assertThat(function.decide(shuffled, purpose, at)).isEqualTo(function.decide(history, purpose, at));
            }
        }
    }

}
