package dev.consentry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.consent.Member;
import dev.consentry.consent.ReasonCode;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.decision.DecisionFunction;
import dev.consentry.consent.decision.MemberHistory;
import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.LedgerHash;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;
import dev.consentry.consent.jsonl.EventBatchValidator;
import dev.consentry.consent.jsonl.LineResult;
import dev.consentry.consent.policy.DefaultPolicy;
import dev.consentry.consent.policy.Policy;

/**
 * One suite, two databases: every behaviour of the store is checked on SQLite and on PostgreSQL.
 * After each test the hash chain must verify, unless the test broke it on purpose.
 */
abstract class StoreContractTest {
    private static final Policy POLICY = DefaultPolicy.load();
    private static final String GENAI = "genai-training";
    /** The store's clock: every import happens at this instant. */
    private static final Instant IMPORTED = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path folder;
    TestDatabase database;
    ConsentStore store;
    boolean tamperedOnPurpose;
    private int imports;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        database = TestDatabase.create(dialect(), folder);
        store = ConsentStore.open(database.url(), Clock.fixed(IMPORTED, ZoneOffset.UTC));
    }

    @AfterEach
    void chainStillVerifies() {
        try {
            if (!tamperedOnPurpose) {
                assertThat(store.verify().problemText()).isEmpty();
            }
        } finally {
            database.close();
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private void members(Member... members) {
        try (MemberImport members1 = store.beginMemberImport("test")) {
            for (Member member : members) {
                members1.add(member);
            }
            members1.commit("sha");
        }
    }

    private ImportResult append(ConsentEvent... events) {
        return append("sha-" + ++imports, events);
    }

    private ImportResult append(String sha256, ConsentEvent... events) {
        try (EventImport ledger = store.beginEventImport("test")) {
            EventBatchValidator validator = new EventBatchValidator(POLICY, ledger.registry());
            for (ConsentEvent event : events) {
                LineResult<EventBatchValidator.ResolvedEvent> checked = validator.validate(event);
                assertThat(checked.problems()).isEmpty();
                ledger.append(checked.value());
            }
            return ledger.commit(sha256);
        }
    }

    @Test
    void reimportingAMemberUpdatesIt() {
        members(new Member("m-1", "US", "US-CA", LocalDate.parse("1990-04-01"), "Jane Doe", List.of("janedoe")), Member.of("m-2", "DE"));
        members(new Member("m-1", "FR", null, LocalDate.parse("1990-04-01"), null, List.of()));
        assertThat(store.member("m-1")).contains(new Member("m-1", "FR", null, LocalDate.parse("1990-04-01"), null, List.of()));
        assertThat(store.member("m-2")).contains(Member.of("m-2", "DE"));
        assertThat(store.member("m-3")).isEmpty();
        assertThat(store.memberCount()).isEqualTo(2);
    }

    @Test
    void everyEventTypeReadsBackAsWritten() {
        members(Member.of("m-1", "US"));
        List<ConsentEvent> events = List.of(
                new SettingChanged("m-1", GENAI, false, at("2025-01-01T00:00:00.123456789Z"), new Provenance("e-1", "settings-page")),
                new NoticeGiven("m-1", "2024-09-18", "email", at("2024-09-18T10:00:00Z"), Provenance.NONE),
                new ObjectionFiled("m-1", "obj-1", List.of("personalization", "moderation"), "Je m'oppose — ü ✓ 😀", at("2025-02-01T00:00:00Z"), Provenance.NONE),
                new ObjectionDecided("obj-1", true, "Art. 21(1)", at("2025-02-10T00:00:00Z"), Provenance.NONE),
                new ObjectionWithdrawn("obj-1", at("2025-03-01T00:00:00Z"), Provenance.NONE),
                new GpcSignal("m-1", at("2025-04-01T00:00:00Z"), new Provenance(null, "browser")),
                new Relocation("m-1", "DE", at("2025-05-01T00:00:00Z"), Provenance.NONE),
                new Erasure("m-1", at("2025-06-01T00:00:00Z"), Provenance.NONE));
        ImportResult result = append(events.toArray(ConsentEvent[]::new));
        assertThat(result).isEqualTo(new ImportResult(8, 2, 9));
        MemberHistory history = store.history("m-1");
        assertThat(history.entries().get(0).event()).isEqualTo(new Registration("m-1", "US", null, IMPORTED, new Provenance(null, "test")));
        assertThat(history.entries().subList(1, 9)).extracting(LedgerEntry::event).containsExactlyElementsOf(events);
        assertThat(history.entries()).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(store.head().sequence()).isEqualTo(9);
    }

    @Test
    void anImportThatIsNotCommittedLeavesNothing() {
        members(Member.of("m-1", "US"));
        try (MemberImport members = store.beginMemberImport("test")) {
            members.add(Member.of("m-2", "US"));
        }
        try (EventImport ledger = store.beginEventImport("test")) {
            ledger.append(new EventBatchValidator.ResolvedEvent("m-1", new GpcSignal("m-1", at("2025-01-01T00:00:00Z"), Provenance.NONE)));
        }
        assertThat(store.memberCount()).isEqualTo(1);
        assertThat(store.head().sequence()).isEqualTo(1);
        append(new GpcSignal("m-1", at("2025-01-01T00:00:00Z"), Provenance.NONE));
        assertThat(store.head().sequence()).isEqualTo(2);
    }

    @Test
    void importsContinueTheChain() {
        members(Member.of("m-1", "US"));
        append(new GpcSignal("m-1", at("2025-01-01T00:00:00Z"), Provenance.NONE));
        LedgerHead first = store.head();
        assertThat(append(new Erasure("m-1", at("2025-02-01T00:00:00Z"), Provenance.NONE))).isEqualTo(new ImportResult(1, 3, 3));
        VerifyReport report = store.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.checkpoint()).as("each import verified what came before it").isEqualTo(2);
        assertThat(report.entriesChecked()).isEqualTo(1);
        assertThat(store.verify(Verification.everyEntry()).entriesChecked()).isEqualTo(3);
        assertThat(report.head()).isEqualTo(store.head());
        assertThat(store.head().hash()).isNotEqualTo(first.hash());
    }

    @Test
    void theDatabaseRefusesToChangeTheLedger() {
        members(Member.of("m-1", "US"));
        append(new GpcSignal("m-1", at("2025-01-01T00:00:00Z"), Provenance.NONE));
        assertThatThrownBy(() -> database.sql("UPDATE ledger SET at = '2020-01-01T00:00:00Z'")).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> database.sql("DELETE FROM ledger")).hasStackTraceContaining("append-only");
    }

    private void dropAppendOnlyTriggers() {
        tamperedOnPurpose = true;
        if (dialect() == Dialect.SQLITE) {
            database.sql("DROP TRIGGER ledger_no_update", "DROP TRIGGER ledger_no_delete",
                    "DROP TRIGGER ledger_checkpoint_forward_only", "DROP TRIGGER ledger_checkpoint_no_delete");
        } else {
            database.sql("DROP TRIGGER ledger_no_update ON ledger", "DROP TRIGGER ledger_checkpoint_forward_only ON ledger_checkpoint");
        }
    }

    /** Registers m-1 and m-2 (two registration entries), then appends three events; returns the first event's sequence. */
    private long threeEntries() {
        members(Member.of("m-1", "US"), Member.of("m-2", "US"));
        long firstEvent = store.head().sequence() + 1;
        append(new SettingChanged("m-1", GENAI, false, at("2025-01-01T00:00:00Z"), Provenance.NONE),
                new ObjectionFiled("m-2", "o-1", List.of("moderation"), null, at("2025-01-02T00:00:00Z"), Provenance.NONE),
                new ObjectionDecided("o-1", true, null, at("2025-01-03T00:00:00Z"), Provenance.NONE));
        return firstEvent;
    }

    @Test
    void verifyNamesAChangedPayload() {
        threeEntries();
        dropAppendOnlyTriggers();
        database.sql("UPDATE ledger SET payload = REPLACE(payload, '\"enabled\":false', '\"enabled\":true') WHERE seq = 3");
        VerifyReport report = store.verify();
        assertThat(report.firstBadSequence()).isEqualTo(3);
        assertThat(report.problem()).isEqualTo("entry 3: its hash does not match its contents (changed after it was written)");
    }

    @Test
    void verifyNamesARehashedEntryThatBreaksTheChain() {
        threeEntries();
        dropAppendOnlyTriggers();
        // A careful forger recomputes entry 4's own hash; entry 5 still names the old one.
        String payload = "{\"at\":\"2025-01-02T00:00:00Z\",\"member\":\"m-2\",\"objection\":\"o-1\",\"purposes\":[\"personalization\"],\"type\":\"objection-filed\"}";
        String forged = LedgerHash.of(database.queryText("SELECT hash FROM ledger WHERE seq = 3"), 4, payload);
        database.sql("UPDATE ledger SET payload = '" + payload + "', hash = '" + forged + "' WHERE seq = 4");
        VerifyReport report = store.verify();
        assertThat(report.firstBadSequence()).isEqualTo(5);
        assertThat(report.problem()).isEqualTo("entry 5 does not chain to entry 4 (its previous hash differs)");
    }

    @Test
    void verifyNamesAMovedFollowUp() {
        threeEntries();
        dropAppendOnlyTriggers();
        database.sql("UPDATE ledger SET member_id = 'm-1' WHERE seq = 5");
        VerifyReport report = store.verify();
        assertThat(report.firstBadSequence()).isEqualTo(5);
        assertThat(report.problem()).contains("columns differ from its hashed payload");
    }

    @Test
    void verifyNamesADeletedEntry() {
        threeEntries();
        dropAppendOnlyTriggers();
        database.sql("DELETE FROM ledger WHERE seq = 4");
        VerifyReport report = store.verify();
        assertThat(report.problem()).isEqualTo("entry 4 is missing: the sequence jumps from 3 to 5");
    }

    @Test
    void snapshotAgreesWithTheDecisionFunction() {
        List<Member> members = new ArrayList<>();
        String[] countries = {"US", "DE", "GB", "CA", "BR"};
        for (int i = 0; i < 40; i++) {
            members.add(new Member("m-" + i, countries[i % countries.length], null, i % 7 == 0 ? LocalDate.parse("2009-01-01") : null, null, List.of()));
        }
        members(members.toArray(Member[]::new));
        List<ConsentEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "m-" + i;
            events.add(new NoticeGiven(id, i % 2 == 0 ? "2024-09-18" : "2025-11-03", null, at("2024-09-2" + (i % 10) + "T00:00:00Z"), Provenance.NONE));
            if (i % 3 == 0) {
                events.add(new SettingChanged(id, GENAI, i % 2 == 0, at("2025-03-01T00:00:00Z"), Provenance.NONE));
            }
            if (i % 5 == 0) {
                events.add(new GpcSignal(id, at("2025-04-01T00:00:00Z"), Provenance.NONE));
            }
            if (i % 11 == 0) {
                events.add(new Relocation(id, "FR", at("2025-02-01T00:00:00Z"), Provenance.NONE));
            }
            if (i % 13 == 0) {
                events.add(new Erasure(id, at("2025-07-01T00:00:00Z"), Provenance.NONE));
            }
            if (i % 4 == 1) {
                events.add(new ObjectionFiled(id, "o-" + i, List.of("personalization"), null, at("2025-01-01T00:00:00Z"), Provenance.NONE));
                events.add(new ObjectionDecided("o-" + i, i % 8 == 1, null, at("2025-01-15T00:00:00Z"), Provenance.NONE));
            }
        }
        append(events.toArray(ConsentEvent[]::new));
        DecisionFunction function = new DecisionFunction(POLICY);
        for (String when : List.of("2024-09-01T00:00:00Z", "2025-03-15T00:00:00Z", "2025-08-01T00:00:00Z", "2026-01-01T00:00:00Z")) {
            ConsentSnapshot snapshot = store.snapshot(POLICY, at(when));
            assertThat(snapshot.memberCount()).isEqualTo(40);
            assertThat(snapshot.ledgerSequence()).isEqualTo(40 + events.size());
            assertThat(snapshot.ledgerHeadHash()).isEqualTo(store.head().hash());
            for (int i = 0; i <= 40; i++) {
                MemberHistory history = store.history("m-" + i);
                for (String purpose : POLICY.purposeIds()) {
                    assertThat(snapshot.decide("m-" + i, purpose)).as("m-%d %s at %s", i, purpose, when)
                            .isEqualTo(function.decide(history, purpose, at(when)));
                }
            }
            assertThat(snapshot.decide("m-40", GENAI).reason()).isIn(ReasonCode.UNKNOWN_MEMBER, ReasonCode.NOT_IN_POLICY);
        }
    }

    @Test
    void concurrentImportsKeepOneLinearChain() throws Exception {
        members(Member.of("m-1", "US"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ImportResult>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    ConsentEvent[] events = new ConsentEvent[50];
                    for (int i = 0; i < events.length; i++) {
                        events[i] = new GpcSignal("m-1", at("2025-01-01T00:00:00Z").plusSeconds(i), Provenance.NONE);
                    }
                    return append(events);
                }));
            }
            List<Long> firsts = new ArrayList<>();
            for (Future<ImportResult> result : results) {
                assertThat(result.get().records()).isEqualTo(50);
                firsts.add(result.get().firstSequence());
            }
            assertThat(firsts).containsExactlyInAnyOrder(2L, 52L, 102L, 152L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.head().sequence()).isEqualTo(201);
    }

    @Test
    void registryKnowsObjectionsFiledInEarlierImports() {
        members(Member.of("m-1", "US"));
        append(new ObjectionFiled("m-1", "o-1", List.of("moderation"), null, at("2025-01-01T00:00:00Z"), Provenance.NONE));
        try (EventImport ledger = store.beginEventImport("test")) {
            assertThat(ledger.registry().objectionOwner("o-1")).contains("m-1");
            assertThat(ledger.registry().objectionOwner("o-2")).isEmpty();
            assertThat(ledger.registry().hasMember("m-1")).isTrue();
            assertThat(ledger.registry().hasMember("m-2")).isFalse();
        }
    }

    // Issue 8, item 6: the registry must not change the past.

    private MemberImportResult reimport(String source, Member... members) {
        try (MemberImport again = store.beginMemberImport(source)) {
            List<String> problems = new ArrayList<>();
            for (Member member : members) {
                problems.addAll(again.add(member));
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("\n", problems));
            }
            return again.commit("sha-members-" + source);
        }
    }

    private ReasonCode decided(String member, String at) {
        return new DecisionFunction(POLICY).decide(store.history(member), GENAI, at(at)).reason();
    }

    private ReasonCode snapshotDecided(String member, String at) {
        return store.snapshot(POLICY, at(at)).decide(member, GENAI).reason();
    }

    @Test
    void aNewMemberIsRegisteredInTheLedger() {
        MemberImportResult result = reimport("members.jsonl", new Member("kid", "US", null, LocalDate.parse("2012-05-01"), "Kid", List.of("kid")));
        assertThat(result).isEqualTo(new MemberImportResult(1, 1, 0, 0, 1, 1));
        assertThat(store.history("kid").entries()).extracting(LedgerEntry::event)
                .containsExactly(new Registration("kid", "US", LocalDate.parse("2012-05-01"), IMPORTED, new Provenance(null, "members.jsonl")));
    }

    @Test
    void reimportingAKnownMinorWithoutBirthDateIsRefusedAndThePastStays() {
        members(new Member("kid", "US", null, LocalDate.parse("2012-05-01"), null, List.of()));
        append(new NoticeGiven("kid", "2024-09-18", null, at("2024-09-18T00:00:00Z"), Provenance.NONE));
        assertThat(decided("kid", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
        long head = store.head().sequence();

        assertThatThrownBy(() -> reimport("again.jsonl", Member.of("kid", "US")))
                .hasMessage("field 'birthDate' is missing, but the ledger holds a birth date for member 'kid' (entry 1); a known birth date"
                        + " cannot be removed, and only a 'birth-date-corrected' event changes it");
        assertThatThrownBy(() -> reimport("again.jsonl", new Member("kid", "US", null, LocalDate.parse("1990-05-01"), null, List.of())))
                .hasMessageContaining("field 'birthDate' differs from the birth date the ledger holds for member 'kid' (entry 1)");

        assertThat(store.head().sequence()).isEqualTo(head);
        assertThat(store.member("kid").orElseThrow().birthDate()).isEqualTo(LocalDate.parse("2012-05-01"));
        assertThat(decided("kid", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
        assertThat(snapshotDecided("kid", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
    }

    @Test
    void reimportingWithAnotherCountryRelocatesFromTheImportOnly() {
        members(Member.of("m-1", "DE"));
        append(new NoticeGiven("m-1", "2024-09-18", null, at("2024-09-18T00:00:00Z"), Provenance.NONE));
        assertThat(decided("m-1", "2025-01-01T00:00:00Z")).isEqualTo(ReasonCode.JURISDICTION_EXCLUDED);

        MemberImportResult result = reimport("moved.jsonl", Member.of("m-1", "US"));

        assertThat(result.relocations()).isEqualTo(1);
        assertThat(result.registrations()).isZero();
        LedgerEntry last = store.history("m-1").entries().get(2);
        assertThat(last.event()).isEqualTo(new Relocation("m-1", "US", IMPORTED, new Provenance(null, "moved.jsonl")));
        assertThat(decided("m-1", "2025-01-01T00:00:00Z")).isEqualTo(ReasonCode.JURISDICTION_EXCLUDED);
        assertThat(snapshotDecided("m-1", "2025-01-01T00:00:00Z")).isEqualTo(ReasonCode.JURISDICTION_EXCLUDED);
        assertThat(store.history("m-1").countryAt(IMPORTED.minusSeconds(1))).contains("DE");
        assertThat(store.history("m-1").countryAt(IMPORTED)).contains("US");
        assertThat(store.member("m-1").orElseThrow().country()).isEqualTo("US");
    }

    @Test
    void aMemberTwiceInTheFirstImportSeesItsOwnEarlierLine() {
        // The first import into an empty registry skips lookups for ids it has not written; a repeated id must not.
        List<Member> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(Member.of("m-" + i, "US"));
        }
        many.add(new Member("kid", "DE", null, LocalDate.parse("2012-05-01"), null, List.of()));
        many.add(Member.of("m-7", "FR"));
        MemberImportResult result = reimport("members.jsonl", many.toArray(Member[]::new));
        assertThat(result.registrations()).isEqualTo(2501);
        assertThat(result.relocations()).isEqualTo(1);
        assertThat(store.history("m-7").countryAt(IMPORTED)).contains("FR");
        try (MemberImport again = store.beginMemberImport("again")) {
            assertThat(again.add(Member.of("x", "US"))).isEmpty();
            assertThat(again.add(Member.of("kid", "DE"))).singleElement().asString().startsWith("field 'birthDate' is missing");
        }
    }

    @Test
    void reimportingTheSameMembersAddsNothingToTheLedger() {
        Member kid = new Member("kid", "DE", "DE-BE", LocalDate.parse("2012-05-01"), "Kid", List.of("kid"));
        members(kid, Member.of("m-2", "US"));
        long head = store.head().sequence();
        MemberImportResult again = reimport("again.jsonl", kid, Member.of("m-2", "US"));
        assertThat(again).isEqualTo(new MemberImportResult(2, 0, 0, 0, 0, 0));
        assertThat(store.head().sequence()).isEqualTo(head);
    }

    @Test
    void aRelocationEventTheMembersFileAgreesWithIsNotRecordedTwice() {
        members(Member.of("m-1", "US"));
        append(new Relocation("m-1", "DE", at("2025-01-01T00:00:00Z"), Provenance.NONE));
        assertThat(reimport("again.jsonl", Member.of("m-1", "DE")).relocations()).isZero();
        // An older members file that still says US does not undo the relocation event either.
        assertThat(reimport("old.jsonl", Member.of("m-1", "US")).relocations()).isZero();
        assertThat(store.history("m-1").countryAt(IMPORTED)).contains("DE");
    }

    @Test
    void aBirthDateFirstGivenOnReimportIsRecordedAndHoldsForThePast() {
        members(Member.of("kid", "US"));
        append(new NoticeGiven("kid", "2024-09-18", null, at("2024-09-18T00:00:00Z"), Provenance.NONE));
        assertThat(decided("kid", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.ALLOWED_BY_DEFAULT);
        MemberImportResult result = reimport("again.jsonl", new Member("kid", "US", null, LocalDate.parse("2012-05-01"), null, List.of()));
        assertThat(result.birthDatesRecorded()).isEqualTo(1);
        assertThat(store.history("kid").entries()).extracting(LedgerEntry::event)
                .contains(new BirthDateRecorded("kid", LocalDate.parse("2012-05-01"), IMPORTED, new Provenance(null, "again.jsonl")));
        assertThat(decided("kid", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
        assertThat(snapshotDecided("kid", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
        assertThat(store.snapshot(POLICY, at("2025-06-01T00:00:00Z")).birthDate("kid")).contains(LocalDate.parse("2012-05-01"));
    }

    @Test
    void aRegistryRowChangedBehindTheProgramsBackChangesNoDecision() {
        members(new Member("kid", "DE", null, LocalDate.parse("2012-05-01"), null, List.of()), Member.of("de", "DE"));
        append(new NoticeGiven("kid", "2024-09-18", null, at("2024-09-18T00:00:00Z"), Provenance.NONE),
                new NoticeGiven("de", "2024-09-18", null, at("2024-09-18T00:00:00Z"), Provenance.NONE));
        database.sql("UPDATE members SET country = 'US', birth_date = NULL");
        assertThat(decided("kid", "2026-01-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
        assertThat(snapshotDecided("kid", "2026-01-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
        assertThat(decided("de", "2025-01-01T00:00:00Z")).isEqualTo(ReasonCode.JURISDICTION_EXCLUDED);
        assertThat(snapshotDecided("de", "2025-01-01T00:00:00Z")).isEqualTo(ReasonCode.JURISDICTION_EXCLUDED);
        // Nor can the changed row make a later import drop the known birth date.
        assertThatThrownBy(() -> reimport("again.jsonl", Member.of("kid", "DE"))).hasMessageContaining("field 'birthDate' is missing");
    }

    @Test
    void aRegistryRowWithoutRegistrationIsUnknownUntilImported() {
        database.sql("INSERT INTO members (id, country, handles, updated_at) VALUES ('ghost', 'US', '[]', '2025-01-01T00:00:00Z')");
        assertThat(decided("ghost", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.UNKNOWN_MEMBER);
        assertThat(snapshotDecided("ghost", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.UNKNOWN_MEMBER);
        assertThat(reimport("members.jsonl", Member.of("ghost", "US")).registrations()).isEqualTo(1);
        assertThat(decided("ghost", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.NOTICE_PENDING);
    }

    @Test
    void aBirthDateCorrectionIsLedgeredAndChangesTheBirthDate() {
        members(new Member("m-1", "US", null, LocalDate.parse("2012-05-01"), null, List.of()));
        append(new NoticeGiven("m-1", "2024-09-18", null, at("2024-09-18T00:00:00Z"), Provenance.NONE));
        assertThat(decided("m-1", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.MINOR);
        BirthDateCorrected correction = new BirthDateCorrected("m-1", LocalDate.parse("1990-05-01"), "typo at sign-up",
                at("2026-01-01T00:00:00Z"), new Provenance("c-1", "support"));
        ImportResult corrected = append(correction);
        assertThat(store.history("m-1").entries().get(2)).isEqualTo(new LedgerEntry(corrected.firstSequence(), "m-1", correction));
        assertThat(decided("m-1", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.ALLOWED_BY_DEFAULT);
        assertThat(snapshotDecided("m-1", "2025-06-01T00:00:00Z")).isEqualTo(ReasonCode.ALLOWED_BY_DEFAULT);
        // The members file must now agree with the correction, not with the first birth date.
        assertThatThrownBy(() -> reimport("old.jsonl", new Member("m-1", "US", null, LocalDate.parse("2012-05-01"), null, List.of())))
                .hasMessageContaining("(entry 3)");
        assertThat(reimport("new.jsonl", new Member("m-1", "US", null, LocalDate.parse("1990-05-01"), null, List.of())).ledgerEntries()).isZero();
    }

    @Test
    void anEventsFileCannotCarryRegistryFacts() {
        members(Member.of("m-1", "US"));
        try (EventImport ledger = store.beginEventImport("test")) {
            EventBatchValidator validator = new EventBatchValidator(POLICY, ledger.registry());
            assertThat(validator.validate(new Registration("m-1", "DE", null, at("2025-01-01T00:00:00Z"), Provenance.NONE)).problems())
                    .singleElement().asString().startsWith("event type 'registration' is recorded by the member import");
            assertThat(validator.validate(new BirthDateRecorded("m-1", LocalDate.parse("2012-01-01"), at("2025-01-01T00:00:00Z"), Provenance.NONE)).problems())
                    .singleElement().asString().startsWith("event type 'birth-date-recorded' is recorded by the member import");
        }
    }

    @Test
    void aDatabaseFromBeforeRegistrationsGetsThemFromItsRowsWhenOpened() throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder.resolve("old"));
        TestDatabase old = TestDatabase.create(dialect(), folder.resolve("old"));
        try {
            org.flywaydb.core.Flyway.configure().dataSource(old.url(), System.getProperty("user.name"), null).locations(dialect().migrations())
                    .target("2").load().migrate();
            old.sql("INSERT INTO members (id, country, birth_date, handles, updated_at) VALUES ('kid', 'US', '2012-05-01', '[]', '2025-01-01T00:00:00Z')",
                    "INSERT INTO members (id, country, handles, updated_at) VALUES ('de', 'DE', '[]', '2025-01-01T00:00:00Z')");
            ConsentStore upgraded = ConsentStore.open(old.url(), Clock.fixed(IMPORTED, ZoneOffset.UTC));
            assertThat(upgraded.history("kid").entries()).extracting(LedgerEntry::event).containsExactly(new Registration("kid", "US",
                    LocalDate.parse("2012-05-01"), IMPORTED, new Provenance(null, RegistrationsForExistingMembers.SOURCE)));
            assertThat(upgraded.head().sequence()).isEqualTo(2);
            assertThat(upgraded.verify().intact()).isTrue();
            assertThat(new DecisionFunction(POLICY).decide(upgraded.history("de"), GENAI, at("2025-01-01T00:00:00Z")).reason())
                    .isEqualTo(ReasonCode.JURISDICTION_EXCLUDED);
            // Opening again adds nothing: the migration ran once.
            assertThat(ConsentStore.open(old.url()).head().sequence()).isEqualTo(2);
        } finally {
            old.close();
        }
    }

    // Issue 8, item 16: the same events file imported twice.

    @Test
    void theSameEventsFileImportedTwiceIsRefusedNamingTheEarlierImport() {
        members(Member.of("m-1", "US"));
        ConsentEvent gpc = new GpcSignal("m-1", at("2025-01-01T00:00:00Z"), Provenance.NONE);
        ImportResult first = append("same-content", gpc);
        long head = store.head().sequence();
        assertThatThrownBy(() -> append("same-content", gpc))
                .isInstanceOf(DuplicateImportException.class)
                .hasMessage("the same content (SHA-256 same-content) was already imported on " + IMPORTED + " from 'test' (import 2, ledger entries "
                        + first.firstSequence() + "-" + first.lastSequence() + "); importing it again would append every event a second time; nothing imported")
                .satisfies(e -> assertThat(((DuplicateImportException) e).earlier().source()).isEqualTo("test"));
        assertThat(store.head().sequence()).isEqualTo(head);
        try (EventImport ledger = store.beginEventImport("again")) {
            ledger.append(new EventBatchValidator.ResolvedEvent("m-1", gpc));
            assertThat(ledger.allowDuplicate().commit("same-content").records()).isEqualTo(1);
        }
        assertThat(store.head().sequence()).isEqualTo(head + 1);
    }

    @Test
    void anEmptyEventsFileMayBeImportedAgain() {
        members(Member.of("m-1", "US"));
        assertThat(append("empty").records()).isZero();
        assertThat(append("empty").records()).isZero();
    }

    // ---- anchors, checkpoint and incremental verification (issue 8, item 11) ----

    private void twoMoreEntries() {
        append(new GpcSignal("m-1", at("2025-02-01T00:00:00Z"), Provenance.NONE),
                new Relocation("m-2", "FR", at("2025-02-02T00:00:00Z"), Provenance.NONE));
    }

    private void publishDatasetAt(String id, LedgerHead head) {
        store.lineage().record(new DatasetEntry(id, id, folder.resolve(id).toString(), GENAI, at("2025-03-01T00:00:00Z"), "2024-09-18", "sha",
                head.sequence(), head.hash(), 0, 0, null, "manifest-sha", new byte[0], at("2025-03-01T00:00:00Z")), Map.of(), () -> { });
    }

    /** What a forger with the file does: rewrites entry {@code from} and recomputes every later hash, so the chain verifies again. */
    private void recomputeChainFrom(long from, String payloadOfFirst) {
        long head = store.head().sequence();
        String previous = from == 1 ? LedgerHash.GENESIS : database.queryText("SELECT hash FROM ledger WHERE seq = " + (from - 1));
        for (long seq = from; seq <= head; seq++) {
            String payload = seq == from ? payloadOfFirst : database.queryText("SELECT payload FROM ledger WHERE seq = " + seq);
            String hash = LedgerHash.of(previous, seq, payload);
            database.sql("UPDATE ledger SET payload = '" + payload.replace("'", "''") + "', prev_hash = '" + previous + "', hash = '" + hash
                    + "' WHERE seq = " + seq);
            previous = hash;
        }
    }

    @Test
    void verifyCatchesDeletedTailRowsByTheImportLog() {
        threeEntries();
        long kept = store.head().sequence();
        twoMoreEntries();
        dropAppendOnlyTriggers();
        database.sql("DELETE FROM ledger WHERE seq > " + kept);
        VerifyReport report = store.verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isEqualTo(kept + 1);
        assertThat(report.problems()).singleElement().asString()
                .startsWith("the import log says import ").contains("(test, ").endsWith("appended entries 6-7, but the ledger ends at entry 5: entries were removed");
    }

    /**
     * An import appends on the head it finds: onto a truncated tail it would reuse the removed
     * sequence numbers, satisfy the import log again and hide the removal for good. It refuses.
     */
    @Test
    void anImportRefusesALedgerWhoseTailWasDeleted() {
        threeEntries();
        long kept = store.head().sequence();
        twoMoreEntries();
        dropAppendOnlyTriggers();
        database.sql("DELETE FROM ledger WHERE seq > " + kept);
        assertThatThrownBy(() -> append(new Erasure("m-2", at("2025-03-01T00:00:00Z"), Provenance.NONE)))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("the consent ledger does not verify (")
                .hasMessageEndingWith("refusing to append to it on consent data that cannot be trusted");
        assertThatThrownBy(() -> store.beginMemberImport("members.jsonl")).isInstanceOf(StoreException.class);
        assertThat(store.head().sequence()).isEqualTo(kept);
        assertThat(store.verify().intact()).isFalse();
    }

    @Test
    void verifyCatchesDeletedTailRowsByAPublishedDataset() {
        threeEntries();
        long kept = store.head().sequence();
        twoMoreEntries();
        publishDatasetAt("d-1", store.head());
        dropAppendOnlyTriggers();
        database.sql("DELETE FROM ledger WHERE seq > " + kept, "UPDATE imports SET last_seq = " + kept + " WHERE last_seq = " + store.head().sequence());
        VerifyReport report = store.verify();
        assertThat(report.problems()).containsExactly("dataset d-1 was built on ledger entry 7, but the ledger ends at entry 5: entries were removed");
        assertThat(report.firstBadSequence()).isEqualTo(kept + 1);
    }

    @Test
    void verifyCatchesAChainRecomputedUnderAPublishedDataset() {
        long setting = threeEntries();
        twoMoreEntries();
        publishDatasetAt("d-1", store.head());
        dropAppendOnlyTriggers();
        recomputeChainFrom(setting, database.queryText("SELECT payload FROM ledger WHERE seq = " + setting).replace("\"enabled\":false", "\"enabled\":true"));
        VerifyReport report = store.verify(Verification.everyEntry());
        // The checkpoint (moved by the second import's check) disagrees too; the dataset's head must be named.
        assertThat(report.problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("dataset d-1 was built on ledger entry 7 with head ").endsWith(": the chain was rewritten up to entry 7"));
    }

    @Test
    void aFullyRecomputedChainIsCaughtOnlyByAnAnchorKeptOutside() {
        long setting = threeEntries();
        LedgerAnchor anchor = store.anchor(store.verify());
        assertThat(anchor.ledgerId()).isEqualTo(store.ledgerId()).hasSize(32);
        assertThat(anchor.sequence()).isEqualTo(5);
        assertThat(anchor.headHash()).isEqualTo(store.head().hash());
        dropAppendOnlyTriggers();
        recomputeChainFrom(setting, database.queryText("SELECT payload FROM ledger WHERE seq = " + setting).replace("\"enabled\":false", "\"enabled\":true"));
        database.sql("UPDATE ledger_checkpoint SET hash = '" + store.head().hash() + "'");
        assertThat(store.verify(Verification.everyEntry()).problems()).as("nothing inside the database can tell").isEmpty();

        List<Verification.ExternalAnchor> outside = List.of(new Verification.ExternalAnchor("anchor.json", anchor));
        for (Verification how : List.of(Verification.incremental(), Verification.everyEntry())) {
            VerifyReport report = store.verify(how.withAnchors(outside));
            assertThat(report.intact()).isFalse();
            assertThat(report.problems()).singleElement().asString()
                    .startsWith("anchor.json: entry 5 has hash ").endsWith(": the chain was rewritten up to entry 5");
        }
    }

    @Test
    void anAnchorOfTheChainAsItIsAgrees() {
        threeEntries();
        LedgerAnchor anchor = store.anchor(store.verify());
        twoMoreEntries();
        LedgerAnchor genesis = new LedgerAnchor(store.ledgerId(), 0, LedgerHash.GENESIS, at("2025-01-01T00:00:00Z"));
        VerifyReport report = store.verify(Verification.incremental().withAnchors(
                List.of(new Verification.ExternalAnchor("a", anchor), new Verification.ExternalAnchor("g", genesis))));
        assertThat(report.problems()).isEmpty();
        assertThat(report.anchorsChecked()).as("checkpoint, 3 imports (members, events, events), 2 external").isEqualTo(6);
    }

    @Test
    void anAnchorBeyondTheLedgerIsCaught() {
        threeEntries();
        LedgerAnchor future = new LedgerAnchor(store.ledgerId(), 9, store.head().hash(), at("2025-01-01T00:00:00Z"));
        VerifyReport report = store.verify(Verification.incremental().withAnchors(List.of(new Verification.ExternalAnchor("a.json", future))));
        assertThat(report.problems()).containsExactly(
                "a.json: the anchor of 2025-01-01T00:00:00Z names entry 9, but the ledger ends at entry 5: entries were removed");
    }

    @Test
    void anAnchorOfAnotherLedgerIsRefused() {
        threeEntries();
        LedgerAnchor foreign = new LedgerAnchor("0123456789abcdef0123456789abcdef", 3, store.head().hash(), at("2025-01-01T00:00:00Z"));
        assertThatThrownBy(() -> store.verify(Verification.incremental().withAnchors(List.of(new Verification.ExternalAnchor("a.json", foreign)))))
                .isInstanceOf(AnchorException.class)
                .hasMessageStartingWith("a.json: ledgerId: the anchor is of ledger 0123456789abcdef0123456789abcdef, but this database holds ledger "
                        + store.ledgerId());
    }

    @Test
    void theLedgerIdIsStable() {
        String id = store.ledgerId();
        threeEntries();
        assertThat(ConsentStore.open(database.url()).ledgerId()).isEqualTo(id);
        assertThatThrownBy(() -> database.sql("UPDATE ledger_identity SET id = 'x'")).hasStackTraceContaining("never changes");
    }

    @Test
    void theCheckpointMakesVerificationIncremental() {
        threeEntries();
        assertThat(store.checkpoint()).as("the events import verified the ledger before appending: the 2 registrations")
                .map(LedgerHead::sequence).contains(2L);
        VerifyReport first = store.verify();
        assertThat(first.checkpoint()).isEqualTo(2);
        assertThat(first.entriesChecked()).as("the 3 events").isEqualTo(3);
        assertThat(store.checkpoint()).contains(store.head());

        twoMoreEntries();
        VerifyReport second = store.verify();
        assertThat(second.problems()).isEmpty();
        assertThat(second.checkpoint()).isEqualTo(5);
        assertThat(second.entriesChecked()).as("only the entries after the checkpoint are re-hashed").isEqualTo(2);
        assertThat(second.head()).isEqualTo(store.head());
        assertThat(store.checkpoint()).contains(store.head());

        VerifyReport full = store.verify(Verification.everyEntry());
        assertThat(full.checkpoint()).isZero();
        assertThat(full.entriesChecked()).isEqualTo(7);
        assertThat(store.verify().entriesChecked()).isZero();
    }

    @Test
    void anIncrementalVerificationKnowsObjectionsFiledBeforeTheCheckpoint() {
        members(Member.of("m-1", "US"));
        append(new ObjectionFiled("m-1", "o-1", List.of("moderation"), null, at("2025-01-01T00:00:00Z"), Provenance.NONE));
        store.verify();
        append(new ObjectionDecided("o-1", true, null, at("2025-01-02T00:00:00Z"), Provenance.NONE),
                new ObjectionWithdrawn("o-1", at("2025-01-03T00:00:00Z"), Provenance.NONE));
        VerifyReport report = store.verify(Verification.incremental().withPrefixSample(0));
        assertThat(report.problems()).isEmpty();
        assertThat(report.entriesChecked()).isEqualTo(2);
    }

    @Test
    void aFollowUpMovedToAnotherMemberAfterTheCheckpointIsCaught() {
        members(Member.of("m-1", "US"), Member.of("m-2", "US"));
        append(new ObjectionFiled("m-1", "o-1", List.of("moderation"), null, at("2025-01-01T00:00:00Z"), Provenance.NONE));
        store.verify();
        append(new ObjectionDecided("o-1", true, null, at("2025-01-02T00:00:00Z"), Provenance.NONE));
        long decided = store.head().sequence();
        dropAppendOnlyTriggers();
        database.sql("UPDATE ledger SET member_id = 'm-2' WHERE seq = " + decided);
        assertThat(store.verify().problems()).singleElement().asString().contains("entry 4: its type, member, objection or instant columns differ");
    }

    @Test
    void anEditBehindTheCheckpointThatKeepsTheHashIsCaughtByAFullVerification() {
        long setting = threeEntries();
        store.verify();
        dropAppendOnlyTriggers();
        database.sql("UPDATE ledger SET payload = REPLACE(payload, '\"enabled\":false', '\"enabled\":true') WHERE seq = " + setting);
        assertThat(store.verify(Verification.incremental().withPrefixSample(0)).problems())
                .as("the documented limit: the prefix is taken as verified").isEmpty();
        assertThat(store.verify(Verification.everyEntry()).problems())
                .containsExactly("entry 3: its hash does not match its contents (changed after it was written)");
        assertThat(store.verify().problems()).as("a ledger no longer than the sample is re-hashed whole")
                .containsExactly("entry 3: its hash does not match its contents (changed after it was written) "
                        + "(found by a random check of the entries before the last verification)");
    }

    @Test
    void aDeletedMiddleRowBehindTheCheckpointIsCaughtByTheCount() {
        threeEntries();
        twoMoreEntries();
        store.verify();
        dropAppendOnlyTriggers();
        database.sql("DELETE FROM ledger WHERE seq = 4");
        VerifyReport report = store.verify(Verification.incremental().withPrefixSample(0));
        assertThat(report.problems()).as("a checkpoint that disagrees sends the verification back to the first entry").containsExactly(
                "entry 4 is missing: the sequence jumps from 3 to 5",
                "the ledger holds 6 entries numbered 1 to 7: entries were removed or inserted behind the program's back");
    }

    @Test
    void anEntryInsertedBeforeTheFirstIsCaught() {
        threeEntries();
        store.verify();
        dropAppendOnlyTriggers();
        database.sql("INSERT INTO ledger (seq, type, member_id, at, payload, prev_hash, hash, import_id) SELECT 0, type, 'm-2', at, "
                + "REPLACE(payload, 'm-1', 'm-2'), prev_hash, hash, import_id FROM ledger WHERE seq = 1");
        for (Verification how : List.of(Verification.incremental(), Verification.everyEntry())) {
            assertThat(store.verify(how).problems()).containsExactly(
                    "the ledger holds 6 entries numbered 0 to 5: entries were removed or inserted behind the program's back");
        }
    }

    @Test
    void aTamperedCheckpointIsCaught() {
        threeEntries();
        store.verify();
        dropAppendOnlyTriggers();
        database.sql("UPDATE ledger_checkpoint SET hash = '" + "0".repeat(63) + "1'");
        assertThat(store.verify().problems()).singleElement().asString()
                .startsWith("entry 5 has another hash than when the ledger last verified (checkpoint 0000000000000000…, now ")
                .endsWith("the chain was changed up to entry 5, or the checkpoint was");
        assertThat(store.checkpoint()).as("a verification that fails moves nothing").map(LedgerHead::hash).contains("0".repeat(63) + "1");

        database.sql("UPDATE ledger_checkpoint SET seq = 9, hash = '" + store.head().hash() + "'");
        assertThat(store.verify().problems()).containsExactly(
                "the last verification ended at entry 9, but the ledger now ends at entry 5: entries 6-9 were removed");
    }

    @Test
    void deletedTailRowsBehindTheCheckpointAreCaughtByIt() {
        threeEntries();
        long kept = store.head().sequence();
        twoMoreEntries();
        store.verify();
        dropAppendOnlyTriggers();
        database.sql("DELETE FROM ledger WHERE seq > " + kept, "UPDATE imports SET last_seq = " + kept + " WHERE last_seq = " + store.head().sequence());
        assertThat(store.verify().problems()).containsExactly(
                "the last verification ended at entry 7, but the ledger now ends at entry 5: entries 6-7 were removed");
    }

    @Test
    void theCheckpointOnlyMovesForward() {
        threeEntries();
        store.verify();
        assertThatThrownBy(() -> database.sql("UPDATE ledger_checkpoint SET seq = 1")).hasStackTraceContaining("only moves forward");
        assertThatThrownBy(() -> database.sql("DELETE FROM ledger_checkpoint")).hasStackTraceContaining("only moves forward");
    }

    // ---- databases that do not exist, hold no schema, or cannot be written (issue 8, item 15) ----

    @Test
    void openingAnExistingDatabaseDoesNotCreateOne() {
        if (dialect() == Dialect.SQLITE) {
            Path missing = folder.resolve("typo").resolve("consentry.db");
            assertThatThrownBy(() -> ConsentStore.openExisting("jdbc:sqlite:" + missing))
                    .isInstanceOf(InvalidDatabaseException.class)
                    .hasMessage("no database at " + missing + ": the file does not exist (an import creates it)");
            assertThat(missing.getParent()).doesNotExist();
        } else {
            String missing = database.url().substring(0, database.url().lastIndexOf('/') + 1) + "consentry_no_such_db?password=hunter2";
            assertThatThrownBy(() -> ConsentStore.openExisting(missing))
                    .isInstanceOf(InvalidDatabaseException.class)
                    .hasMessageStartingWith("no database at " + missing.replace("hunter2", "***") + ": ")
                    .hasMessageNotContaining("hunter2");
        }
    }

    @Test
    void aDatabaseWithoutTheSchemaIsRefusedAndLeftAlone() throws Exception {
        Path other = java.nio.file.Files.createDirectories(folder.resolve("other"));
        try (TestDatabase empty = TestDatabase.create(dialect(), other)) {
            empty.sql("CREATE TABLE unrelated (x INTEGER)");
            assertThatThrownBy(() -> ConsentStore.openExisting(empty.url()))
                    .isInstanceOf(InvalidDatabaseException.class)
                    .hasMessageEndingWith(" holds no Consentry registry (no schema): an import creates one");
            String tables = dialect() == Dialect.SQLITE ? "SELECT COUNT(*) FROM sqlite_master"
                    : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'";
            assertThat(empty.queryText(tables)).as("nothing created").isEqualTo("1");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        if (dialect() != Dialect.SQLITE) {
            return;
        }
        Path text = folder.resolve("notes.txt");
        java.nio.file.Files.writeString(text, "these are not the tables you are looking for, not at all, not even one".repeat(20));
        assertThatThrownBy(() -> ConsentStore.openExisting("jdbc:sqlite:" + text))
                .isInstanceOf(InvalidDatabaseException.class).hasMessage(text + " is not an SQLite database");
    }

    @Test
    void aReadOnlyDatabaseIsVerifiedFromItsCheckpointAndWrittenNothing() throws Exception {
        threeEntries();
        store.verify();
        twoMoreEntries();
        ReadOnly readOnly = ReadOnly.make(dialect(), database, folder);
        try {
            ConsentStore reader = ConsentStore.openExisting(database.url());
            assertThat(reader.readOnly()).isTrue();
            VerifyReport report = reader.verify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.checkpoint()).isEqualTo(5);
            assertThat(report.entriesChecked()).isEqualTo(2);
            assertThat(reader.checkpoint()).as("no checkpoint written").map(LedgerHead::sequence).contains(5L);
            assertThat(reader.history("m-1").entries()).as("registration, setting, GPC").hasSize(3);
            assertThat(reader.anchor(report).sequence()).isEqualTo(7);
        } finally {
            readOnly.close();
        }
        assertThat(store.checkpoint()).map(LedgerHead::sequence).contains(5L);
        assertThat(ConsentStore.openExisting(database.url()).readOnly()).isFalse();
    }
}
