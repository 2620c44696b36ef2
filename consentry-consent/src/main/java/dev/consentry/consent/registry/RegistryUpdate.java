package dev.consentry.consent.registry;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.jsonl.LineResult;

/**
 * The ledger entries a member line adds, so that the registry never changes a fact a decision rests
 * on behind the ledger's back (issue 8, item 6):
 * <ul>
 *   <li>a member the ledger does not know: a {@link Registration} with their country and birth date;
 *   <li>another country than the last members file gave: a {@link Relocation} at the import's
 *       instant, so decisions before it keep the old country — unless the ledger already has the
 *       member there (a relocation event came first);
 *   <li>a birth date where none was known: a {@link BirthDateRecorded} (it can only deny more);
 *   <li>no birth date, or another one, where one is known: refused — only an explicit
 *       {@code birth-date-corrected} event changes a known birth date, and nothing removes one.
 * </ul>
 * The same line imported again adds nothing.
 */
public final class RegistryUpdate {
    private RegistryUpdate() {}

    public static LineResult<List<ConsentEvent>> changes(Member line, RegisteredFacts known, Instant at, Provenance provenance) {
        requireNonNull(line, "line is null");
        requireNonNull(known, "known is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
        if (!known.registered()) {
            return LineResult.ok(List.of(new Registration(line.id(), line.country(), line.birthDate(), at, provenance)));
        }
        if (known.birthDate() != null && line.birthDate() == null) {
            return LineResult.failed(List.of("field 'birthDate' is missing, but the ledger holds a birth date for member '" + line.id()
                    + "' (entry " + known.birthDateSequence() + "); a known birth date cannot be removed, and only a 'birth-date-corrected'"
                    + " event changes it"));
        }
        if (known.birthDate() != null && !known.birthDate().equals(line.birthDate())) {
            return LineResult.failed(List.of("field 'birthDate' differs from the birth date the ledger holds for member '" + line.id()
                    + "' (entry " + known.birthDateSequence() + "); only a 'birth-date-corrected' event changes a known birth date"));
        }
        List<ConsentEvent> changes = new ArrayList<>(2);
        if (!line.country().equals(known.lastImportedCountry()) && !line.country().equals(known.countryNow())) {
            changes.add(new Relocation(line.id(), line.country(), at, provenance));
        }
        if (known.birthDate() == null && line.birthDate() != null) {
            changes.add(new BirthDateRecorded(line.id(), line.birthDate(), at, provenance));
        }
        return LineResult.ok(changes);
    }
}
