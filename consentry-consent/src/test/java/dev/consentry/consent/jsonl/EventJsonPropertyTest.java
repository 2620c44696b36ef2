package dev.consentry.consent.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

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
 */
class EventJsonPropertyTest {
    private final EventLineParser parser = EventLineParser.forStoredEvents();

    @Provide
    Arbitrary<ConsentEvent> events() {
        Arbitrary<String> ids = Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank());
        Arbitrary<String> free = Arbitraries.strings().ofMaxLength(40).injectNull(0.3);
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800L).flatMap(seconds ->
                Arbitraries.integers().between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
        Arbitrary<Provenance> provenance = Combinators.combine(free, free).as(Provenance::new);
        Arbitrary<LocalDate> births = Arbitraries.longs().between(-40_000, 20_000).map(LocalDate::ofEpochDay);
        return Arbitraries.oneOf(
                Combinators.combine(ids, ids, Arbitraries.of(true, false), instants, provenance).as(SettingChanged::new),
                Combinators.combine(ids, ids, free, instants, provenance).as(NoticeGiven::new),
                Combinators.combine(ids, ids, ids.list().ofMinSize(1).ofMaxSize(3), free, instants, provenance).as(ObjectionFiled::new),
                Combinators.combine(ids, Arbitraries.of(true, false), free, instants, provenance).as(ObjectionDecided::new),
                Combinators.combine(ids, instants, provenance).as(ObjectionWithdrawn::new),
                Combinators.combine(ids, instants, provenance).as(GpcSignal::new),
                Combinators.combine(ids, Arbitraries.of("DE", "US", "BR"), instants, provenance).as(Relocation::new),
                Combinators.combine(ids, instants, provenance).as(Erasure::new),
                Combinators.combine(ids, Arbitraries.of("DE", "US", "BR"), births.injectNull(0.3), instants, provenance).as(Registration::new),
                Combinators.combine(ids, births, instants, provenance).as(BirthDateRecorded::new),
                Combinators.combine(ids, births, free, instants, provenance).as(BirthDateCorrected::new)
                        .filter(e -> !e.birthDate().isAfter(LocalDate.ofInstant(e.at(), java.time.ZoneOffset.UTC))));
    }

    @Property(tries = 500)
    void canonicalFormReadsBackToTheSameEvent(@ForAll("events") ConsentEvent event) {
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
