package dev.consentry.consent.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Turns one line of text into a JSON object, or says why it is not one. */
final class JsonLines {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonLines() {}

    static Optional<ObjectNode> object(String line, java.util.List<String> problems) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add("not valid JSON (" + e.getOriginalMessage() + ")");
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add("not a JSON object");
            return Optional.empty();
        }
        return Optional.of((ObjectNode) node);
    }
}
