package dev.consentry.consent.event;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of ledger events, with the names they have in JSON Lines files. */
public enum EventType {
    SETTING("setting"),
    NOTICE("notice"),
    OBJECTION_FILED("objection-filed"),
    OBJECTION_DECIDED("objection-decided"),
    OBJECTION_WITHDRAWN("objection-withdrawn"),
    GPC("gpc"),
    RELOCATION("relocation"),
    ERASURE("erasure"),
    REGISTRATION("registration"),
    BIRTH_DATE_RECORDED("birth-date-recorded"),
    BIRTH_DATE_CORRECTED("birth-date-corrected");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
