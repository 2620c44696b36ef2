package dev.consentry.dataset.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.LineJson;
import dev.consentry.dataset.io.OutputFiles;
import dev.consentry.dataset.io.Utf8Lines;

/**
 * Shards as zstd-compressed JSON Lines: {@code {"id","text","kind","lang","createdAt"}} in that
 * order, one record a line. zstd at a fixed level is deterministic, so equal records give equal bytes.
 */
final class JsonlShards {
    private static final JsonFactory FACTORY = LineJson.factory();
    private static final ObjectMapper JSON = JsonMapper.builder(FACTORY).build();

    private JsonlShards() {}

    /** One record as its shard line, newline included: what {@link #writer} writes, made on any thread. */
    static byte[] encode(ShardRecord record) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(record.text().length() + 128);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("id", record.id());
            json.writeStringField("text", record.text());
            json.writeStringField("kind", record.kind());
            json.writeStringField("lang", record.lang());
            json.writeStringField("createdAt", record.createdAt().toString());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a record in memory", e);
        }
        bytes.append('\n');
        return bytes.toByteArray();
    }

    static ShardWriter writer(Path file) {
        OutputStream out = OutputFiles.open(file.toString());
        return new ShardWriter() {
            @Override
            public void write(ShardRecord record) throws IOException {
                out.write(encode(record));
            }

            @Override
            public void writeEncoded(byte[] line) throws IOException {
                out.write(line);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    static ShardReader reader(Path file) {
        InputFiles.Opened input = InputFiles.open(file.toString());
        Utf8Lines lines = new Utf8Lines(input.content());
        return new ShardReader() {
            @Override
            public ShardRecord next() throws IOException {
                Utf8Lines.Line line = lines.next();
                if (line == null) {
                    return null;
                }
                if (!line.isValid()) {
                    throw new IOException(file + ":" + line.number() + ": " + line.problem());
                }
                JsonNode node = JSON.readTree(line.text());
                return new ShardRecord(node.get("id").asText(), node.get("text").asText(), node.get("kind").asText(),
                        node.get("lang").isNull() ? null : node.get("lang").asText(), Instant.parse(node.get("createdAt").asText()));
            }

            @Override
            public void close() throws IOException {
                input.close();
            }
        };
    }
}
