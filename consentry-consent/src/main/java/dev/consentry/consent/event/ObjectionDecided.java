package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import java.util.Optional;

/** The platform decided an objection: upheld (processing stops) or rejected. */
public record ObjectionDecided(String objectionId, boolean upheld, String explanation, Instant at, Provenance provenance) implements ConsentEvent {
    public ObjectionDecided {
        requireNonNull(objectionId, "objectionId is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.OBJECTION_DECIDED;
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
