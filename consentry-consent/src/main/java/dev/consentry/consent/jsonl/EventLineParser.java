package dev.consentry.consent.jsonl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.consentry.consent.Countries;
import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.EventType;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/**
 * Parses an event line — the import format, which is also the canonical form stored in the ledger
 * (see {@link EventJson}). Checks only what one line can show: JSON, the type, required fields and
 * their types, and that the line holds no other key (the fields each type reads are the keys it
 * knows, see {@link JsonFields#rejectUnreadFields()}). What needs context (does the member exist? the purpose?) is {@link EventBatchValidator}'s.
 */
public final class EventLineParser {
    private final boolean checkValues;

    /** The parser for events to import: ids and texts must follow {@link dev.consentry.consent.StoredText}'s rules. */
    public EventLineParser() {
        this(true);
    }

    private EventLineParser(boolean checkValues) {
        this.checkValues = checkValues;
    }

    /**
     * The parser for events the ledger already holds: the same keys and types, but ids and texts are
     * taken as they were stored, so that entries appended before a rule existed stay readable.
     */
    public static EventLineParser forStoredEvents() {
        return new EventLineParser(false);
    }

    public LineResult<ConsentEvent> parse(String line) {
        List<String> problems = new ArrayList<>();
        Optional<ObjectNode> object = JsonLines.object(line, problems);
        if (object.isEmpty()) {
            return LineResult.failed(problems);
        }
        JsonFields fields = new JsonFields(object.get(), checkValues);
        String typeName = fields.requiredText("type");
        Instant at = fields.requiredInstant("at");
        Provenance provenance = new Provenance(fields.optionalId("id"), fields.optionalId("source"));
        if (typeName == null) {
            return LineResult.failed(fields.problems());
        }
        Optional<EventType> type = EventType.fromWireName(typeName);
        if (type.isEmpty()) {
            fields.problem("unknown event type '" + JsonFields.shortened(typeName) + "'; one of setting, notice, objection-filed, objection-decided, "
                    + "objection-withdrawn, gpc, relocation, erasure, birth-date-corrected");
            return LineResult.failed(fields.problems());
        }
        ConsentEvent event = switch (type.get()) {
            case SETTING -> {
                String member = fields.requiredText("member");
                String purpose = fields.requiredText("purpose");
                Boolean enabled = fields.requiredBoolean("enabled");
                yield ok(fields, at) ? new SettingChanged(member, purpose, enabled, at, provenance) : null;
            }
            case NOTICE -> {
                String member = fields.requiredText("member");
                String version = fields.requiredText("policyVersion");
                String channel = fields.optionalId("channel");
                yield ok(fields, at) ? new NoticeGiven(member, version, channel, at, provenance) : null;
            }
            case OBJECTION_FILED -> {
                String member = fields.requiredText("member");
                String objection = fields.requiredText("objection");
                List<String> purposes = fields.textList("purposes", true);
                String statement = fields.optionalText("statement");
                yield ok(fields, at) ? new ObjectionFiled(member, objection, purposes, statement, at, provenance) : null;
            }
            case OBJECTION_DECIDED -> {
                String objection = fields.requiredText("objection");
                String outcome = fields.requiredText("outcome");
                if (outcome != null && !outcome.equals("upheld") && !outcome.equals("rejected")) {
                    fields.problem("field 'outcome' must be \"upheld\" or \"rejected\", was '" + JsonFields.shortened(outcome) + "'");
                }
                String explanation = fields.optionalText("explanation");
                yield ok(fields, at) ? new ObjectionDecided(objection, outcome.equals("upheld"), explanation, at, provenance) : null;
            }
            case OBJECTION_WITHDRAWN -> {
                String objection = fields.requiredText("objection");
                yield ok(fields, at) ? new ObjectionWithdrawn(objection, at, provenance) : null;
            }
            case GPC -> {
                String member = fields.requiredText("member");
                yield ok(fields, at) ? new GpcSignal(member, at, provenance) : null;
            }
            case RELOCATION -> {
                String member = fields.requiredText("member");
                String country = fields.requiredText("country");
                if (country != null && !Countries.isIsoAlpha2(country)) {
                    fields.problem("field 'country' is not an ISO 3166-1 alpha-2 code: '" + JsonFields.shortened(country) + "'");
                }
                yield ok(fields, at) ? new Relocation(member, country, at, provenance) : null;
            }
            case ERASURE -> {
                String member = fields.requiredText("member");
                yield ok(fields, at) ? new Erasure(member, at, provenance) : null;
            }
            case REGISTRATION -> {
                String member = fields.requiredText("member");
                String country = fields.requiredText("country");
                if (country != null && !Countries.isIsoAlpha2(country)) {
                    fields.problem("field 'country' is not an ISO 3166-1 alpha-2 code: '" + country + "'");
                }
                LocalDate birthDate = fields.optionalDate("birthDate");
                yield ok(fields, at) ? new Registration(member, country, birthDate, at, provenance) : null;
            }
            case BIRTH_DATE_RECORDED -> {
                String member = fields.requiredText("member");
                LocalDate birthDate = requiredDate(fields, "birthDate");
                yield ok(fields, at) ? new BirthDateRecorded(member, birthDate, at, provenance) : null;
            }
            case BIRTH_DATE_CORRECTED -> {
                String member = fields.requiredText("member");
                LocalDate birthDate = requiredDate(fields, "birthDate");
                String reason = fields.optionalText("reason");
                if (birthDate != null && at != null && birthDate.isAfter(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC))) {
                    fields.problem("field 'birthDate' is after the correction's instant");
                }
                yield ok(fields, at) ? new BirthDateCorrected(member, birthDate, reason, at, provenance) : null;
            }
        };
        return event == null ? LineResult.failed(fields.problems()) : LineResult.ok(event);
    }

    private static LocalDate requiredDate(JsonFields fields, String field) {
        int before = fields.problems().size();
        LocalDate date = fields.optionalDate(field);
        if (date == null && fields.problems().size() == before) {
            fields.problem("missing field '" + field + "'");
        }
        return date;
    }

    /** Called by each type once it has read its fields: those are the line's known keys. */
    private static boolean ok(JsonFields fields, Instant at) {
        fields.rejectUnreadFields();
        return fields.problems().isEmpty() && at != null;
    }
}
