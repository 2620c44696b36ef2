package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import java.util.Optional;

/** The member withdrew an objection; from then on it denies nothing. */
public record ObjectionWithdrawn(String objectionId, Instant at, Provenance provenance) implements ConsentEvent {
    public ObjectionWithdrawn {
        requireNonNull(objectionId, "objectionId is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.OBJECTION_WITHDRAWN;
    }

    @Override
    public Optional<String> member() {
        return Optional.empty();
    }

    @Override
    public Optional<String> objection() {
        return Optional.of(objectionId);
    }
}
