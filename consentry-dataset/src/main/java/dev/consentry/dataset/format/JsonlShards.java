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
import java.util.ArrayList;
import java.util.List;

import dev.consentry.dataset.io.InputFiles;
import dev.consentry.dataset.io.LineJson;
import dev.consentry.dataset.io.OutputFiles;
import dev.consentry.dataset.io.Utf8Lines;

/**
 * Shards as zstd-compressed JSON Lines: {@code {"id","text","kind","lang","createdAt"}} in that
 * order, one record a line. A shard is a run of zstd frames, each holding whole lines (see
 * {@link EncodedRecords}); zstd at a fixed level is deterministic, so the same records written by
 * the same calls give the same bytes.
 */
final class JsonlShards {
    private static final JsonFactory FACTORY = LineJson.factory();
    private static final ObjectMapper JSON = JsonMapper.builder(FACTORY).build();
    /** Records written one at a time are gathered into frames of this many: a frame compresses on its own, so not a small one. */
    static final int FRAME_RECORDS = 1024;

    private JsonlShards() {}

    /** Records as shard lines and one frame, made on any thread. */
    static EncodedRecords encode(List<ShardRecord> records) {
        ByteArrayBuilder lines = new ByteArrayBuilder(records.size() * 512);
        int[] ends = new int[records.size()];
        for (int i = 0; i < ends.length; i++) {
            encode(records.get(i), lines);
            ends[i] = lines.size();
        }
        return new EncodedRecords(lines.toByteArray(), ends);
    }

    private static void encode(ShardRecord record, ByteArrayBuilder bytes) {
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
    }

    static ShardWriter writer(Path file) {
        OutputStream out = OutputFiles.openAsIs(file);
        return new ShardWriter() {
            private final List<ShardRecord> pending = new ArrayList<>();

            @Override
            public void write(ShardRecord record) throws IOException {
                pending.add(record);
                if (pending.size() == FRAME_RECORDS) {
                    writePending();
                }
            }

            @Override
            public void write(EncodedRecords records, int from, int to) throws IOException {
                writePending();
                out.write(records.frame(from, to));
            }

            private void writePending() throws IOException {
                if (!pending.isEmpty()) {
                    out.write(encode(pending).frame(0, pending.size()));
                    pending.clear();
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    writePending();
                } finally {
                    out.close();
                }
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
