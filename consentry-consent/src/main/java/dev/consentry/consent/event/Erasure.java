package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import java.util.Optional;

/** The member's data was erased (GDPR Art. 17); nothing of theirs may be used from then on. */
public record Erasure(String memberId, Instant at, Provenance provenance) implements ConsentEvent {
    public Erasure {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.ERASURE;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }

}
