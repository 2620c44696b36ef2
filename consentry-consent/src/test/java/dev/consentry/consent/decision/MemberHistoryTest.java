package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;

/** Registry facts read from a member's history: they hold for every instant and do not depend on entry order. */
class MemberHistoryTest {
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2027-01-01T00:00:00Z");
    private static final LocalDate BORN = LocalDate.parse("2010-05-17");

    private static MemberHistory history(List<LedgerEntry> entries) {
        return MemberHistory.of(Member.of("m-1", "FR"), entries);
    }

    private static LedgerEntry entry(long sequence, dev.consentry.consent.event.ConsentEvent event) {
        return new LedgerEntry(sequence, "m-1", event);
    }

    private static List<LedgerEntry> reversed(List<LedgerEntry> entries) {
        List<LedgerEntry> copy = new ArrayList<>(entries);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aMemberIsRegisteredExactlyWhenTheLedgerHoldsTheirRegistration() {
        assertThat(history(List.of(entry(1, new Registration("m-1", "FR", null, T1, Provenance.NONE)))).isRegistered()).isTrue();
        assertThat(history(List.of(entry(1, new Relocation("m-1", "FR", T1, Provenance.NONE)))).isRegistered()).isFalse();
        assertThat(MemberHistory.unknown("m-1").isRegistered()).isFalse();
    }

    @Test
    void theLastBirthDateLearnedWinsInWhateverOrderTheEntriesCome() {
        LocalDate recorded = BORN.plusYears(1);
        LocalDate corrected = BORN.plusYears(2);
        List<LedgerEntry> entries = List.of(
                entry(1, new Registration("m-1", "FR", BORN, T1, Provenance.NONE)),
                entry(2, new BirthDateRecorded("m-1", recorded, T2, Provenance.NONE)),
                entry(3, new BirthDateCorrected("m-1", corrected, "typo", T3, Provenance.NONE)));
        assertThat(history(entries).birthDate()).contains(corrected);
        assertThat(history(reversed(entries)).birthDate()).contains(corrected);
        assertThat(history(entries.subList(0, 2)).birthDate()).contains(recorded);
        assertThat(history(reversed(entries.subList(0, 2))).birthDate()).contains(recorded);
    }

    @Test
    void birthDateEntriesBeforeTheInstantAreFactsNotEvents() {
        List<LedgerEntry> entries = List.of(
                entry(1, new Registration("m-1", "FR", null, T1, Provenance.NONE)),
                entry(2, new BirthDateRecorded("m-1", BORN, T2, Provenance.NONE)),
                entry(3, new BirthDateCorrected("m-1", BORN.minusDays(1), "typo", T3, Provenance.NONE)));
        assertThat(history(entries).countryAt(LATER)).contains("FR");
    }

    @Test
    void theFirstRegistrationGivesTheBaseCountryInWhateverOrderTheEntriesCome() {
        List<LedgerEntry> entries = List.of(
                entry(1, new Registration("m-1", "FR", null, T1, Provenance.NONE)),
                entry(2, new Registration("m-1", "DE", null, T2, Provenance.NONE)));
        assertThat(history(entries).countryAt(LATER)).contains("FR");
        assertThat(history(reversed(entries)).countryAt(LATER)).contains("FR");
        assertThat(history(reversed(entries)).countryAt(T1.minusSeconds(1))).as("a fact before its own instant").contains("FR");
    }
}
