package dev.consentry.consent.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The member objected (GDPR Art. 21) to processing for some purposes; the statement may be null. */
public record ObjectionFiled(String memberId, String objectionId, List<String> purposes, String statement, Instant at, Provenance provenance) implements ConsentEvent {
    public ObjectionFiled {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(objectionId, "objectionId is null");
        purposes = List.copyOf(requireNonNull(purposes, "purposes is null"));
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("purposes is empty");
        }
        requireNonNull(at, "at is null");
        requireNonNull(provenance, "provenance is null");
    }

    @Override
    public EventType type() {
        return EventType.OBJECTION_FILED;
    }

    @Override
    public Optional<String> member() {
        return Optional.of(memberId);
    }

    @Override
    public Optional<String> objection() {
        return Optional.of(objectionId);
    }
}
