package dev.consentry.dataset.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import dev.consentry.consent.jsonl.DuplicateKey;
import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.LineJson;
import dev.consentry.dataset.io.ByteLines;

/** Content as JSON Lines (plain, .gz or .zst): one object a line; blank lines are skipped. */
final class JsonlContentSource implements ContentSource {
    // A key given twice makes the line unreadable: "member":"m-1","member":"m-2" must not be read as
    // either author (the first may be a minor, the second an adult). Checked by the tree reader, as
    // the import lines are, at no cost on the build's hot path.
    private static final ObjectMapper JSON = JsonMapper.builder(LineJson.factory())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private final InputFiles.Opened input;
    private final ByteLines lines;

    JsonlContentSource(String file) {
        this.input = InputFiles.open(file);
        this.lines = new ByteLines(input.content());
    }

    /**
     * Finds the next line and skips blank ones; decoding and parsing wait for {@link SourceItem#parsed()}.
     * A UTF-8 byte order mark is dropped at the start of the file; at the start of a later line it
     * means files pasted together, and that line is refused.
     */
    @Override
    public SourceItem next() throws IOException {
        while (lines.next()) {
            if (lines.tooLong()) {
                return SourceItem.rejected(input.name(), lines.number(), "line longer than " + lines.maxLineBytes() + " bytes");
            }
            if (lines.isBlank()) {
                continue;
            }
            byte[] bytes = lines.bytes();
            if (startsWithByteOrderMark(bytes)) {
                if (lines.number() != 1) {
                    return SourceItem.rejected(input.name(), lines.number(), ByteOrderMark.MISPLACED);
                }
                bytes = Arrays.copyOfRange(bytes, ByteOrderMark.BYTES.length, bytes.length);
                if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
                    continue;
                }
            }
            return SourceItem.unparsed(input.name(), lines.number(), bytes);
        }
        return null;
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == ByteOrderMark.BYTES[0] && bytes[1] == ByteOrderMark.BYTES[1] && bytes[2] == ByteOrderMark.BYTES[2];
    }

    static SourceItem parse(String file, long number, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // Names only the key (a content field or the user's own), never content.
            return SourceItem.rejected(file, number, DuplicateKey.of(e).map(key -> "field '" + key + "' is given twice").orElse("not valid JSON"));
        }
        if (node == null || !node.isObject()) {
            return SourceItem.rejected(file, number, "not a JSON object");
        }
        ContentFields.Parsed parsed = ContentFields.parse((field, problems) -> text(node, field, problems));
        return parsed.isOk() ? SourceItem.of(file, number, parsed.record())
                : SourceItem.rejected(file, number, String.join("; ", parsed.problems()));
    }

    private static String text(JsonNode object, String field, List<String> problems) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add("field '" + field + "' must be a string");
            return null;
        }
        return value.textValue();
    }

    @Override
    public String sha256OfWholeFile() {
        return input.sha256();
    }

    @Override
    public long bytesRead() {
        return input.storedBytesRead();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
