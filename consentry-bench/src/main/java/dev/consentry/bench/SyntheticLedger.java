package dev.consentry.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.consentry.consent.Member;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.decision.MemberHistory;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;
import dev.consentry.consent.policy.Policy;

/**
 * Member histories made on the fly for snapshot benchmarks: a notice for most members, an
 * opt-out, opt-in or GPC signal for some, a relocation for a few — the mix of the demo platform,
 * without a database. The same seed gives the same ledger.
 */
final class SyntheticLedger {
    private static final String[] COUNTRIES = {"US", "US", "US", "IN", "BR", "JP", "GB", "CA", "HK", "DE", "FR", "IT", "ES", "NL", "CH", "NO"};
    private static final Instant NOTICE = Instant.parse("2024-09-20T00:00:00Z");
    private static final Instant NOTICE_2025 = Instant.parse("2025-11-04T00:00:00Z");

    private SyntheticLedger() {}

    static String memberId(int index) {
        return "m-" + index;
    }

    static ConsentSnapshot snapshot(Policy policy, Instant asOf, int members, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ConsentSnapshot.Builder builder = ConsentSnapshot.builder(policy, asOf);
        long sequence = 0;
        for (int i = 0; i < members; i++) {
            String id = memberId(i);
            Member member = new Member(id, COUNTRIES[random.nextInt(COUNTRIES.length)], null,
                    random.nextInt(25) == 0 ? LocalDate.of(2012, 1, 1) : LocalDate.of(1980 + random.nextInt(25), 6, 1), null, List.of());
            List<LedgerEntry> entries = new ArrayList<>(4);
            // Decisions take the country and birth date from the registration entry, as the member import writes it.
            entries.add(new LedgerEntry(++sequence, id, new Registration(id, member.country(), member.birthDate(), NOTICE, Provenance.NONE)));
            if (random.nextInt(10) < 9) {
                entries.add(new LedgerEntry(++sequence, id, new NoticeGiven(id, "2024-09-18", null, NOTICE.plusSeconds(random.nextInt(3_000_000)), Provenance.NONE)));
            }
            if (random.nextInt(10) < 8) {
                entries.add(new LedgerEntry(++sequence, id, new NoticeGiven(id, "2025-11-03", null, NOTICE_2025.plusSeconds(random.nextInt(1_000_000)), Provenance.NONE)));
            }
            int roll = random.nextInt(100);
            Instant when = NOTICE.plusSeconds(random.nextInt(40_000_000));
            if (roll < 15) {
                entries.add(new LedgerEntry(++sequence, id, new SettingChanged(id, "genai-training", roll < 12 ? false : true, when, Provenance.NONE)));
            } else if (roll < 20) {
                entries.add(new LedgerEntry(++sequence, id, new GpcSignal(id, when, Provenance.NONE)));
            } else if (roll < 22) {
                entries.add(new LedgerEntry(++sequence, id, new Relocation(id, "DE", when, Provenance.NONE)));
            }
            builder.add(new MemberHistory(id, member, entries), i + 1);
        }
        return builder.ledger(sequence, "0".repeat(64)).build();
    }
}
