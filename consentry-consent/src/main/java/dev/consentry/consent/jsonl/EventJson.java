package dev.consentry.consent.jsonl;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.consentry.consent.event.BirthDateCorrected;
import dev.consentry.consent.event.BirthDateRecorded;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.Erasure;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.NoticeGiven;
import dev.consentry.consent.event.ObjectionDecided;
import dev.consentry.consent.event.ObjectionFiled;
import dev.consentry.consent.event.ObjectionWithdrawn;
import dev.consentry.consent.event.Registration;
import dev.consentry.consent.event.Relocation;
import dev.consentry.consent.event.SettingChanged;

/**
 * The canonical JSON of an event: the import format with keys sorted, absent optional fields
 * left out, instants in {@link java.time.Instant#toString()} form, no whitespace. The ledger
 * hashes exactly this text, so it must never change for an event once written: any change here
 * needs a new ledger format version. {@link EventLineParser} reads it back.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private EventJson() {}

    public static String canonical(ConsentEvent event) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("type", event.type().wireName());
        fields.put("at", event.at().toString());
        put(fields, "id", event.provenance().id());
        put(fields, "source", event.provenance().source());
        if (event instanceof SettingChanged e) {
            fields.put("member", e.memberId());
            fields.put("purpose", e.purpose());
            fields.put("enabled", e.enabled());
        } else if (event instanceof NoticeGiven e) {
            fields.put("member", e.memberId());
            fields.put("policyVersion", e.policyVersion());
            put(fields, "channel", e.channel());
        } else if (event instanceof ObjectionFiled e) {
            fields.put("member", e.memberId());
            fields.put("objection", e.objectionId());
            fields.put("purposes", e.purposes());
            put(fields, "statement", e.statement());
        } else if (event instanceof ObjectionDecided e) {
            fields.put("objection", e.objectionId());
            fields.put("outcome", e.upheld() ? "upheld" : "rejected");
            put(fields, "explanation", e.explanation());
        } else if (event instanceof ObjectionWithdrawn e) {
            fields.put("objection", e.objectionId());
        } else if (event instanceof GpcSignal e) {
            fields.put("member", e.memberId());
        } else if (event instanceof Relocation e) {
            fields.put("member", e.memberId());
            fields.put("country", e.country());
        } else if (event instanceof Erasure e) {
            fields.put("member", e.memberId());
        } else if (event instanceof Registration e) {
            fields.put("member", e.memberId());
            fields.put("country", e.country());
            put(fields, "birthDate", e.birthDate() == null ? null : e.birthDate().toString());
        } else if (event instanceof BirthDateRecorded e) {
            fields.put("member", e.memberId());
            fields.put("birthDate", e.birthDate().toString());
        } else if (event instanceof BirthDateCorrected e) {
            fields.put("member", e.memberId());
            fields.put("birthDate", e.birthDate().toString());
            put(fields, "reason", e.reason());
        } else {
            throw new IllegalStateException("unhandled event type " + event.type());
        }
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize an event", e);
        }
    }

    private static void put(Map<String, Object> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
