package dev.consentry.consent.event;

import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened to a member's consent. Events are immutable facts: the ledger only
 * appends them, and the state at any instant is a fold of the events at or before it.
 */
public sealed interface ConsentEvent
        permits SettingChanged, NoticeGiven, ObjectionFiled, ObjectionDecided, ObjectionWithdrawn, GpcSignal, Relocation, Erasure,
                Registration, BirthDateRecorded, BirthDateCorrected {
    EventType type();

    Instant at();

    Provenance provenance();

    /** The member the event names, or empty for objection follow-ups, which name only the objection. */
    Optional<String> member();

    /** The objection the event is about, or empty. */
    default Optional<String> objection() {
        return Optional.empty();
    }
}
