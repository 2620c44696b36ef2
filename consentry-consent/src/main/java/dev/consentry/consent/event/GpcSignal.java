package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import java.util.Optional;

/** A Global Privacy Control signal ({@code Sec-GPC: 1}) was received from the member. */
public record GpcSignal(String memberId, Instant at, Provenance provenance) implements ConsentEvent {
    public GpcSignal {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.GPC;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }

}
