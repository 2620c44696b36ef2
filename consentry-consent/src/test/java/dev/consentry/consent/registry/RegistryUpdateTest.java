package dev.consentry.consent.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.jsonl.LineResult;

/** The member-import rules of the README: what a members line adds to the ledger, given what the ledger holds. */
class RegistryUpdateTest {
    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
    private static final Provenance FROM = new Provenance("p-1", "registry");
    private static final LocalDate BORN = LocalDate.parse("2010-05-17");

    private static Member line(String country, LocalDate birthDate) {
        return new Member("m-1", country, null, birthDate, null, List.of());
    }

    private static List<ConsentEvent> accepted(LineResult<List<ConsentEvent>> result) {
        assertThat(result.problems()).isEmpty();
        return result.value();
    }

    @Test
    void anUnknownMemberIsRegisteredWithTheLinesCountryAndBirthDate() {
        assertThat(accepted(RegistryUpdate.changes(line("FR", BORN), RegisteredFacts.NONE, AT, FROM)))
                .containsExactly(new Registration("m-1", "FR", BORN, AT, FROM));
        assertThat(accepted(RegistryUpdate.changes(line("FR", null), RegisteredFacts.NONE, AT, FROM)))
                .containsExactly(new Registration("m-1", "FR", null, AT, FROM));
    }

    @Test
    void theSameLineAgainAddsNothing() {
        RegisteredFacts known = new RegisteredFacts(true, "FR", "FR", BORN, 4);
        assertThat(accepted(RegistryUpdate.changes(line("FR", BORN), known, AT, FROM))).isEmpty();
        RegisteredFacts noBirthDate = new RegisteredFacts(true, "FR", "FR", null, 0);
        assertThat(accepted(RegistryUpdate.changes(line("FR", null), noBirthDate, AT, FROM))).isEmpty();
    }

    @Test
    void anotherCountryThanTheLastMembersFileGaveIsARelocationAtTheImportInstant() {
        RegisteredFacts known = new RegisteredFacts(true, "FR", "FR", BORN, 4);
        assertThat(accepted(RegistryUpdate.changes(line("DE", BORN), known, AT, FROM)))
                .containsExactly(new Relocation("m-1", "DE", AT, FROM));
    }

    @Test
    void noRelocationWhenTheLedgerAlreadyHasTheMemberInThatCountry() {
        // a relocation event moved them to DE before the members file caught up
        RegisteredFacts movedByEvent = new RegisteredFacts(true, "FR", "DE", BORN, 4);
        assertThat(accepted(RegistryUpdate.changes(line("DE", BORN), movedByEvent, AT, FROM))).isEmpty();
    }

    @Test
    void theLastMembersFilesCountryAddsNoRelocationEvenWhenAnEventMovedTheMemberSince() {
        // the members file still says FR, as it did last time; a relocation event since said DE: the file restates, it does not move
        RegisteredFacts movedByEvent = new RegisteredFacts(true, "FR", "DE", BORN, 4);
        assertThat(accepted(RegistryUpdate.changes(line("FR", BORN), movedByEvent, AT, FROM))).isEmpty();
    }

    @Test
    void aBirthDateFirstKnownIsRecorded() {
        RegisteredFacts known = new RegisteredFacts(true, "FR", "FR", null, 0);
        assertThat(accepted(RegistryUpdate.changes(line("FR", BORN), known, AT, FROM)))
                .containsExactly(new BirthDateRecorded("m-1", BORN, AT, FROM));
    }

    @Test
    void aRelocationAndAFirstBirthDateInOneLineAreBothAddedRelocationFirst() {
        RegisteredFacts known = new RegisteredFacts(true, "FR", "FR", null, 0);
        assertThat(accepted(RegistryUpdate.changes(line("DE", BORN), known, AT, FROM)))
                .containsExactly(new Relocation("m-1", "DE", AT, FROM), new BirthDateRecorded("m-1", BORN, AT, FROM));
    }

    @Test
    void removingAKnownBirthDateIsRefusedNamingTheEntryThatGaveIt() {
        RegisteredFacts known = new RegisteredFacts(true, "FR", "FR", BORN, 7);
        LineResult<List<ConsentEvent>> result = RegistryUpdate.changes(line("FR", null), known, AT, FROM);
        assertThat(result.isOk()).isFalse();
        assertThat(result.problems()).containsExactly("field 'birthDate' is missing, but the ledger holds a birth date for member 'm-1'"
                + " (entry 7); a known birth date cannot be removed, and only a 'birth-date-corrected' event changes it");
    }

    @Test
    void changingAKnownBirthDateIsRefusedNamingTheEntryThatGaveIt() {
        RegisteredFacts known = new RegisteredFacts(true, "FR", "FR", BORN, 7);
        LineResult<List<ConsentEvent>> result = RegistryUpdate.changes(line("FR", BORN.plusDays(1)), known, AT, FROM);
        assertThat(result.isOk()).isFalse();
        assertThat(result.problems()).containsExactly("field 'birthDate' differs from the birth date the ledger holds for member 'm-1'"
                + " (entry 7); only a 'birth-date-corrected' event changes a known birth date");
    }

    @Test
    void aRefusedBirthDateAddsNoRelocationEither() {
        RegisteredFacts known = new RegisteredFacts(true, "FR", "FR", BORN, 7);
        assertThat(RegistryUpdate.changes(line("DE", null), known, AT, FROM).isOk()).isFalse();
        assertThat(RegistryUpdate.changes(line("DE", BORN.minusYears(1)), known, AT, FROM).isOk()).isFalse();
    }

    @Test
    void everyArgumentIsRequired() {
        Member line = line("FR", BORN);
        assertThatNullPointerException().isThrownBy(() -> RegistryUpdate.changes(null, RegisteredFacts.NONE, AT, FROM)).withMessage("line is null");
        assertThatNullPointerException().isThrownBy(() -> RegistryUpdate.changes(line, null, AT, FROM)).withMessage("known is null");
        assertThatNullPointerException().isThrownBy(() -> RegistryUpdate.changes(line, RegisteredFacts.NONE, null, FROM)).withMessage("at is null");
        assertThatNullPointerException().isThrownBy(() -> RegistryUpdate.changes(line, RegisteredFacts.NONE, AT, null)).withMessage("provenance is null");
    }
}
