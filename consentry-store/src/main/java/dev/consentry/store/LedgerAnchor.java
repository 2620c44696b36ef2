package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statement that the ledger {@code ledgerId} held entry {@code sequence} with hash {@code headHash}
 * at instant {@code at}. Published or stored outside the database, it catches what no check inside
 * the database can: a chain truncated or recomputed from its first entry by someone who also
 * rewrote every anchor the database holds.
 *
 * <p>Its JSON form is one object: {@code {"ledgerId":…,"sequence":…,"headHash":…,"at":…}}.
 */
public record LedgerAnchor(String ledgerId, long sequence, String headHash, Instant at) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> FIELDS = Set.of("ledgerId", "sequence", "headHash", "at");

    public LedgerAnchor {
        requireNonNull(ledgerId, "ledgerId is null");
        requireNonNull(headHash, "headHash is null");
        requireNonNull(at, "at is null");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, was " + sequence);
        }
        if (!HASH.matcher(headHash).matches()) {
            throw new IllegalArgumentException("headHash must be 64 lower-case hex digits");
        }
    }

    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("ledgerId", ledgerId).put("sequence", sequence).put("headHash", headHash).put("at", at.toString());
        return node.toString();
    }

    /** Reads an anchor; every problem is named as {@code SOURCE: field: what is wrong}. */
    public static LedgerAnchor parse(String source, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new AnchorException(List.of(source + where + ": not a ledger anchor: " + e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new AnchorException(List.of(source + ": not a ledger anchor: expected one JSON object {\"ledgerId\",\"sequence\",\"headHash\",\"at\"}"));
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(source + ": unknown field '" + Printable.of(name) + "'");
            }
        }
        JsonNode id = node.get("ledgerId");
        if (id == null || !id.isTextual() || id.asText().isEmpty()) {
            problems.add(source + ": ledgerId: " + (id == null ? "missing" : "must be a non-empty string"));
        }
        JsonNode sequence = node.get("sequence");
        if (sequence == null || !sequence.canConvertToExactIntegral() || !sequence.canConvertToLong() || sequence.asLong() < 0) {
            problems.add(source + ": sequence: " + (sequence == null ? "missing" : "must be a whole number of at least 0"));
        }
        JsonNode hash = node.get("headHash");
        if (hash == null || !hash.isTextual() || !HASH.matcher(hash.asText()).matches()) {
            problems.add(source + ": headHash: " + (hash == null ? "missing" : "must be 64 lower-case hex digits"));
        }
        JsonNode at = node.get("at");
        Instant instant = null;
        if (at == null || !at.isTextual()) {
            problems.add(source + ": at: " + (at == null ? "missing" : "must be an ISO-8601 instant"));
        } else {
            try {
                instant = Instant.parse(at.asText());
            } catch (DateTimeParseException e) {
                problems.add(source + ": at: must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
            }
        }
        if (!problems.isEmpty()) {
            throw new AnchorException(problems);
        }
        return new LedgerAnchor(id.asText(), sequence.asLong(), hash.asText(), instant);
    }

    /** Field names come from the file: shown with control characters escaped and length bounded. */
    private static final class Printable {
        static String of(String text) {
            StringBuilder shown = new StringBuilder();
            text.codePoints().limit(80).forEach(c -> {
                if (Character.isISOControl(c)) {
                    shown.append(String.format("\\u%04x", c));
                } else {
                    shown.appendCodePoint(c);
                }
            });
            return text.codePointCount(0, text.length()) > 80 ? shown + "…" : shown.toString();
        }
    }
}
