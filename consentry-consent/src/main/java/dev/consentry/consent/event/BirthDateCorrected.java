package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An explicit correction of a member's birth date (the reason may be null). A birth date is a fact
 * about a person, not about a moment: the corrected date holds for every instant, before {@code at}
 * too, and replaces whatever the ledger knew before (the last birth date the ledger learned wins).
 * There is no way to make a known birth date unknown again.
 */
public record BirthDateCorrected(String memberId, LocalDate birthDate, String reason, Instant at, Provenance provenance) implements ConsentEvent {
    public BirthDateCorrected {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(birthDate, "birthDate is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.BIRTH_DATE_CORRECTED;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }
}
