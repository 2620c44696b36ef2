package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import java.util.Optional;

/** The member was told about a policy version (channel: e-mail, banner, ...; may be null). */
public record NoticeGiven(String memberId, String policyVersion, String channel, Instant at, Provenance provenance) implements ConsentEvent {
    public NoticeGiven {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(policyVersion, "policyVersion is null");
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.NOTICE;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }

}
