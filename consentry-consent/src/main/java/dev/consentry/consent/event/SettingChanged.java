package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import java.util.Optional;

/** The member switched a purpose's setting on or off. */
public record SettingChanged(String memberId, String purpose, boolean enabled, Instant at, Provenance provenance) implements ConsentEvent {
    public SettingChanged {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(purpose, "purpose is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.SETTING;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }

}
