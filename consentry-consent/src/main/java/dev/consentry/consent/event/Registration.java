package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import dev.consentry.consent.Countries;

/**
 * The member entered the registry: the facts decisions depend on, as the member import first
 * received them. Unlike other events these hold for every instant, before {@code at} too (the
 * member existed before they were imported); a later {@link Relocation} changes the country from
 * its own instant, a {@link BirthDateCorrected} replaces the birth date.
 *
 * @param birthDate null when the registry did not know it
 */
public record Registration(String memberId, String country, LocalDate birthDate, Instant at, Provenance provenance) implements ConsentEvent {
    public Registration {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(country, "country is null");
        if (!Countries.isIsoAlpha2(country)) {
            throw new IllegalArgumentException("Invalid country " + country);
        }
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.REGISTRATION;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }
}
