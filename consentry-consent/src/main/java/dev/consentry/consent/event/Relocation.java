package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import java.util.Optional;

/** The member moved to another country (ISO 3166-1 alpha-2). */
public record Relocation(String memberId, String country, Instant at, Provenance provenance) implements ConsentEvent {
    public Relocation {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(country, "country is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.RELOCATION;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }

}
