package dev.consentry.consent.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/**
 * The ledger hashes the canonical JSON of each event and reads events back from it, so the form
 * must read back to the same event and be a fixed point: canonical(parse(canonical(e))) == canonical(e).
 * QuickTheories prints the seed of a failing run; {@code -DQT_SEED=<seed>} replays it.
 */
class EventJsonPropertyTest {
    private final EventLineParser parser = EventLineParser.forStoredEvents();

    @SuppressWarnings("unchecked") // Generate.oneOf takes generic varargs
    static Gen<ConsentEvent> events() {
        Gen<String> ids = ordinaryStrings(1, 12).assuming(s -> !s.isBlank());
        Gen<String> free = integers().between(1, 100).zip(ordinaryStrings(0, 40), (percent, s) -> percent <= 30 ? null : s);
        Gen<Instant> instants = longs().between(0, 4_102_444_800L).zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
        Gen<Provenance> provenance = free.zip(free, Provenance::new);
        Gen<Boolean> flags = Generate.booleans();
        Gen<LocalDate> births = longs().between(-40_000, 20_000).map(LocalDate::ofEpochDay);
        Gen<LocalDate> maybeBirths = integers().between(1, 100).zip(births, (percent, d) -> percent <= 30 ? null : d);
        // A correction cannot give a birth date after the event's own instant.
        Gen<ConsentEvent> corrections = ids.zip(births, free, instants, provenance, BirthDateCorrected::new)
                .assuming(e -> !e.birthDate().isAfter(LocalDate.ofInstant(e.at(), java.time.ZoneOffset.UTC))).map(ConsentEvent.class::cast);
        return Generate.oneOf(
                ids.zip(ids, flags, instants, provenance, SettingChanged::new),
                ids.zip(ids, free, instants, provenance, NoticeGiven::new),
                ids.zip(ids, lists().of(ids).ofSizeBetween(1, 3), free, instants.zip(provenance, Stamp::new),
                        (member, objection, purposes, statement, stamp) -> new ObjectionFiled(member, objection, purposes, statement, stamp.at(), stamp.provenance())),
                ids.zip(flags, free, instants, provenance, ObjectionDecided::new),
                ids.zip(instants, provenance, ObjectionWithdrawn::new),
                ids.zip(instants, provenance, GpcSignal::new),
                ids.zip(Generate.pick(List.of("DE", "US", "BR")), instants, provenance, Relocation::new),
                ids.zip(instants, provenance, Erasure::new),
                ids.zip(Generate.pick(List.of("DE", "US", "BR")), maybeBirths, instants, provenance, Registration::new),
                ids.zip(births, instants, provenance, BirthDateRecorded::new),
                corrections);
    }

    /** QuickTheories zips at most five generators; ObjectionFiled has six fields. */
    private record Stamp(Instant at, Provenance provenance) {}

    /** Ordinary characters: any UTF-16 unit but surrogates (imports refuse them), noncharacters and private use. */
    private static final char[] ORDINARY = IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
            .filter(c -> !Character.isSurrogate((char) c) && !(c >= 0xE000 && c <= 0xF8FF) && !(c >= 0xFDD0 && c <= 0xFDEF) && c < 0xFFFE)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();

    private static Gen<String> ordinaryStrings(int minLength, int maxLength) {
        return lists().of(integers().between(0, ORDINARY.length - 1)).ofSizeBetween(minLength, maxLength).map(indexes -> {
            StringBuilder s = new StringBuilder(indexes.size());
            indexes.forEach(i -> s.append(ORDINARY[i]));
            return s.toString();
        });
    }

    @Test
    void canonicalFormReadsBackToTheSameEvent() {
        qt().withExamples(500).forAll(events()).checkAssert(this::canonicalFormReadsBackToTheSameEvent);
    }

    private void canonicalFormReadsBackToTheSameEvent(ConsentEvent event) {
        String canonical = EventJson.canonical(event);
        LineResult<ConsentEvent> parsed = parser.parse(canonical);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value()).isEqualTo(event);
        assertThat(EventJson.canonical(parsed.value())).isEqualTo(canonical);
    }

    @Test
    void keysAreSortedAndAbsentFieldsLeftOut() {
        ConsentEvent event = new NoticeGiven("m-1", "2024-09-18", null, Instant.parse("2024-09-18T10:00:00Z"), new Provenance("e-9", null));
        assertThat(EventJson.canonical(event))
                .isEqualTo("{\"at\":\"2024-09-18T10:00:00Z\",\"id\":\"e-9\",\"member\":\"m-1\",\"policyVersion\":\"2024-09-18\",\"type\":\"notice\"}");
    }

    @Test
    void offsetsAreNormalizedToUtc() {
        LineResult<ConsentEvent> parsed = parser.parse("{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-01-01T01:00:00+01:00\"}");
        assertThat(EventJson.canonical(parsed.value())).isEqualTo("{\"at\":\"2025-01-01T00:00:00Z\",\"member\":\"m-1\",\"type\":\"gpc\"}");
    }

    @Test
    void objectionFollowUpsNameNoMember() {
        assertThat(parser.parse("{\"type\":\"objection-withdrawn\",\"objection\":\"o-1\",\"at\":\"2025-01-01T00:00:00Z\"}").value().member()).isEmpty();
        assertThat(List.of(parser.parse("{\"type\":\"objection-decided\",\"objection\":\"o-1\",\"at\":\"2025-01-01T00:00:00Z\"}").problems()))
                .containsExactly(List.of("missing field 'outcome'"));
    }

    @Test
    void registryFactsHaveAFixedCanonicalFormAndHash() {
        // Ledger entries are hashed over this text: it must never change once written.
        ConsentEvent registration = new Registration("m-1", "DE", LocalDate.parse("2012-05-01"), Instant.parse("2026-12-02T04:00:00Z"),
                new Provenance(null, "members.jsonl"));
        assertThat(EventJson.canonical(registration)).isEqualTo(
                "{\"at\":\"2026-12-02T04:00:00Z\",\"birthDate\":\"2012-05-01\",\"country\":\"DE\",\"member\":\"m-1\",\"source\":\"members.jsonl\",\"type\":\"registration\"}");
        assertThat(EventJson.canonical(new Registration("m-1", "US", null, Instant.parse("2026-12-02T04:00:00Z"), Provenance.NONE)))
                .isEqualTo("{\"at\":\"2026-12-02T04:00:00Z\",\"country\":\"US\",\"member\":\"m-1\",\"type\":\"registration\"}");
        assertThat(EventJson.canonical(new BirthDateRecorded("m-1", LocalDate.parse("2012-05-01"), Instant.parse("2026-12-02T04:00:00Z"), Provenance.NONE)))
                .isEqualTo("{\"at\":\"2026-12-02T04:00:00Z\",\"birthDate\":\"2012-05-01\",\"member\":\"m-1\",\"type\":\"birth-date-recorded\"}");
        ConsentEvent correction = new BirthDateCorrected("m-1", LocalDate.parse("1990-05-01"), "typo", Instant.parse("2026-12-02T04:00:00Z"), Provenance.NONE);
        String canonical = EventJson.canonical(correction);
        assertThat(canonical).isEqualTo(
                "{\"at\":\"2026-12-02T04:00:00Z\",\"birthDate\":\"1990-05-01\",\"member\":\"m-1\",\"reason\":\"typo\",\"type\":\"birth-date-corrected\"}");
        assertThat(dev.consentry.consent.event.LedgerHash.of(dev.consentry.consent.event.LedgerHash.GENESIS, 1, canonical))
                .isEqualTo(dev.consentry.consent.event.LedgerHash.of(dev.consentry.consent.event.LedgerHash.GENESIS, 1, EventJson.canonical(parser.parse(canonical).value())));
    }

    @Test
    void aBirthDateCorrectionNeedsAValidBirthDateNotAfterItsInstant() {
        assertThat(parser.parse("{\"type\":\"birth-date-corrected\",\"member\":\"m-1\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("missing field 'birthDate'");
        assertThat(parser.parse("{\"type\":\"birth-date-corrected\",\"member\":\"m-1\",\"birthDate\":\"2012-13-01\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("field 'birthDate' is not an ISO-8601 date such as 1990-04-01");
        assertThat(parser.parse("{\"type\":\"birth-date-corrected\",\"member\":\"m-1\",\"birthDate\":\"2025-01-02\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("field 'birthDate' is after the correction's instant");
    }
}
