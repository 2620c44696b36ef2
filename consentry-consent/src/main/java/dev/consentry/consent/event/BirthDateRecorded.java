package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The member registry gave a birth date for a member whose birth date was unknown. It adds
 * knowledge and can only deny more (a minor is a minor before anyone knew), so the member import
 * records it without a correction; it is a type of its own so that the ledger tells a birth date
 * first learned from one deliberately changed ({@link BirthDateCorrected}). Holds for every instant.
 */
public record BirthDateRecorded(String memberId, LocalDate birthDate, Instant at, Provenance provenance) implements ConsentEvent {
    public BirthDateRecorded {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(birthDate, "birthDate is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.BIRTH_DATE_RECORDED;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }
}
