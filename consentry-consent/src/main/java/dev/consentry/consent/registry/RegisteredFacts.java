package dev.consentry.consent.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.LedgerEntry;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;

/**
 * What the ledger holds about a member that a members file may restate: whether they are
 * registered, the country the last members file gave, their country now, and their birth date.
 * Read from ledger entries, never from the registry row, so a row changed behind the program's
 * back cannot make an import skip a change or accept a removal.
 *
 * @param registered whether the ledger holds the member's registration
 * @param lastImportedCountry the country of the latest registration or relocation a member import wrote; null when not registered
 * @param countryNow the country at the import instant (latest relocation of any origin, else the registration's); null when not registered
 * @param birthDate the birth date decisions use (the last one learned), null when unknown
 * @param birthDateSequence the ledger entry that gave it, 0 when unknown
 */
public record RegisteredFacts(boolean registered, String lastImportedCountry, String countryNow, LocalDate birthDate, long birthDateSequence) {
    public static final RegisteredFacts NONE = new RegisteredFacts(false, null, null, null, 0);

    /**
     * Folds a member's registry entries (registrations, relocations, birth-date entries; others are ignored).
     *
     * @param byMemberImport whether an entry was written by a member import (as opposed to an events file)
     * @param now the import's instant
     */
    public static RegisteredFacts of(List<LedgerEntry> entries, Predicate<LedgerEntry> byMemberImport, Instant now) {
        List<LedgerEntry> inLedgerOrder = entries.stream().sorted(Comparator.comparingLong(LedgerEntry::sequence)).toList();
        Registration registration = null;
        String lastImported = null;
        LedgerEntry latestRelocation = null;
        LocalDate birthDate = null;
        long birthDateSequence = 0;
        for (LedgerEntry entry : inLedgerOrder) {
            if (entry.event() instanceof Registration r) {
                if (registration == null) {
                    registration = r;
                    lastImported = r.country();
                }
                if (r.birthDate() != null) {
                    birthDate = r.birthDate();
                    birthDateSequence = entry.sequence();
                }
            } else if (entry.event() instanceof Relocation r) {
                if (byMemberImport.test(entry)) {
                    lastImported = r.country();
                }
                if (!r.at().isAfter(now) && (latestRelocation == null || entry.isAfter(latestRelocation))) {
                    latestRelocation = entry;
                }
            } else if (entry.event() instanceof BirthDateRecorded r) {
                birthDate = r.birthDate();
                birthDateSequence = entry.sequence();
            } else if (entry.event() instanceof BirthDateCorrected c) {
                birthDate = c.birthDate();
                birthDateSequence = entry.sequence();
            }
        }
        if (registration == null) {
            return NONE;
        }
        String countryNow = latestRelocation == null ? registration.country() : ((Relocation) latestRelocation.event()).country();
        return new RegisteredFacts(true, lastImported, countryNow, birthDate, birthDateSequence);
    }
}
