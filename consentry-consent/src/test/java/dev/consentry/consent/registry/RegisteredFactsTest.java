package dev.consentry.consent.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/** What the ledger says about a member that a members file restates, folded from the member's entries. */
class RegisteredFactsTest {
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final LocalDate BORN = LocalDate.parse("2010-05-17");

    /** Entries in ledger order; those marked by {@link #fromMembersFile} were written by a member import. */
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Set<Long> byMemberImport = new HashSet<>();

    private RegisteredFactsTest fromMembersFile(ConsentEvent event) {
        add(event);
        byMemberImport.add((long) entries.size());
        return this;
    }

    private RegisteredFactsTest fromEventsFile(ConsentEvent event) {
        add(event);
        return this;
    }

    private void add(ConsentEvent event) {
        entries.add(new LedgerEntry(entries.size() + 1, "m-1", event));
    }

    private RegisteredFacts facts() {
        // handed over out of order: the fold must follow the ledger's sequence
        List<LedgerEntry> shuffled = new ArrayList<>(entries);
        java.util.Collections.reverse(shuffled);
        return RegisteredFacts.of(shuffled, e -> byMemberImport.contains(e.sequence()), NOW);
    }

    private static Registration registration(String country, LocalDate birthDate, Instant at) {
        return new Registration("m-1", country, birthDate, at, Provenance.NONE);
    }

    private static Relocation relocation(String country, Instant at) {
        return new Relocation("m-1", country, at, Provenance.NONE);
    }

    @Test
    void noRegistrationMeansNotRegisteredWhateverElseTheLedgerHolds() {
        assertThat(RegisteredFacts.of(List.of(), e -> true, NOW)).isEqualTo(RegisteredFacts.NONE);
        fromEventsFile(relocation("DE", T1)).fromEventsFile(new BirthDateRecorded("m-1", BORN, T2, Provenance.NONE));
        assertThat(facts()).isEqualTo(RegisteredFacts.NONE);
        assertThat(RegisteredFacts.NONE.registered()).isFalse();
    }

    @Test
    void aRegistrationGivesCountryAndBirthDateAndItsEntry() {
        fromMembersFile(registration("FR", BORN, T1));
        assertThat(facts()).isEqualTo(new RegisteredFacts(true, "FR", "FR", BORN, 1));
    }

    @Test
    void aRegistrationWithoutBirthDateLeavesItUnknown() {
        fromMembersFile(registration("FR", null, T1));
        assertThat(facts()).isEqualTo(new RegisteredFacts(true, "FR", "FR", null, 0));
    }

    @Test
    void aMembersFileRelocationIsTheLastImportedCountryAndTheCountryNow() {
        fromMembersFile(registration("FR", null, T1)).fromMembersFile(relocation("DE", T2));
        assertThat(facts()).isEqualTo(new RegisteredFacts(true, "DE", "DE", null, 0));
    }

    @Test
    void anEventsFileRelocationMovesTheMemberButIsNotWhatTheMembersFileLastSaid() {
        fromMembersFile(registration("FR", null, T1)).fromEventsFile(relocation("DE", T2));
        assertThat(facts()).isEqualTo(new RegisteredFacts(true, "FR", "DE", null, 0));
    }

    @Test
    void aRelocationAfterTheImportInstantIsNotTheCountryNow() {
        fromMembersFile(registration("FR", null, T1)).fromEventsFile(relocation("DE", NOW.plusSeconds(1)));
        assertThat(facts().countryNow()).isEqualTo("FR");
        entries.clear();
        fromMembersFile(registration("FR", null, T1)).fromEventsFile(relocation("DE", NOW));
        assertThat(facts().countryNow()).as("a relocation at the import instant has happened").isEqualTo("DE");
    }

    @Test
    void theCountryNowIsTheLatestRelocationByInstantNotByLedgerOrder() {
        fromMembersFile(registration("FR", null, T1))
                .fromEventsFile(relocation("DE", T3))
                .fromEventsFile(relocation("IT", T2)); // appended later, but happened earlier
        assertThat(facts().countryNow()).isEqualTo("DE");
    }

    @Test
    void aSecondRegistrationDoesNotReplaceTheFirstsCountryButGivesItsBirthDate() {
        fromMembersFile(registration("FR", null, T1)).fromMembersFile(registration("DE", BORN, T2));
        assertThat(facts()).isEqualTo(new RegisteredFacts(true, "FR", "FR", BORN, 2));
    }

    @Test
    void theLastBirthDateLearnedWinsWithItsEntry() {
        LocalDate corrected = BORN.minusYears(2);
        fromMembersFile(registration("FR", null, T1)).fromMembersFile(new BirthDateRecorded("m-1", BORN, T2, Provenance.NONE));
        assertThat(facts()).isEqualTo(new RegisteredFacts(true, "FR", "FR", BORN, 2));
        fromEventsFile(new BirthDateCorrected("m-1", corrected, "typo", T3, Provenance.NONE));
        assertThat(facts()).isEqualTo(new RegisteredFacts(true, "FR", "FR", corrected, 3));
    }

    @Test
    void otherEventsAreIgnored() {
        fromMembersFile(registration("FR", BORN, T1));
        RegisteredFacts before = facts();
        fromEventsFile(new SettingChanged("m-1", "ads", false, T2, Provenance.NONE));
        assertThat(facts()).isEqualTo(before);
    }
}
