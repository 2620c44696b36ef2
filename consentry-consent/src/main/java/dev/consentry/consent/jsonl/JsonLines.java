package dev.consentry.consent.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Turns one line of text into a JSON object, or says why it is not one. */
final class JsonLines {
    /*
     * A key given twice is refused: Jackson would keep the last value ("member":"m-999","member":"m-1"
     * reads as m-1), which is a line that says two things (see {@link DuplicateKey}).
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private JsonLines() {}

    static Optional<ObjectNode> object(String line, List<String> problems) {
        if (!line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
            // Files may start with one (JsonLinesFile drops it there); anywhere else it is an invisible stray.
            problems.add("starts with a byte order mark (U+FEFF), allowed only at the start of a file");
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            Optional<String> duplicate = DuplicateKey.of(e);
            problems.add(duplicate.isPresent() ? "field '" + duplicate.get() + "' is given twice" : "not valid JSON (" + e.getOriginalMessage() + ")");
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add("not a JSON object");
            return Optional.empty();
        }
        return Optional.of((ObjectNode) node);
    }
}
