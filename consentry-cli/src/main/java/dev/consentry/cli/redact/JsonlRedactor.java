package dev.consentry.cli.redact;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import dev.consentry.dataset.io.LineJson;
import dev.consentry.dataset.io.Utf8Lines;
import dev.consentry.dataset.parallel.OrderedWorkers;
import dev.consentry.redact.Offsets;
import dev.consentry.redact.Operator;
import dev.consentry.redact.Redaction;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.redact.Span;

/**
 * Redacts one field of every JSON Lines record, on all cores, keeping the input order.
 *
 * <p>Design: the calling thread reads lines into batches and hands each to {@link OrderedWorkers},
 * which writes results in submission order with a bounded window, so memory stays flat whatever
 * the input size and the output is the same whatever the thread count. A line that
 * is not a JSON object, lacks the field or is not UTF-8 goes to the rejects output with its line
 * number and a reason (never its content) and the run goes on.
 */
final class JsonlRedactor {
    private static final int BATCH_LINES = 512;
    private static final int BATCH_BYTES = 4 << 20;

    private final RedactionEngine engine;
    private final Operator operator;
    private final String field;
    private final boolean spans;
    private final int threads;
    private final ObjectMapper json = JsonMapper.builder(LineJson.factory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    JsonlRedactor(RedactionEngine engine, Operator operator, String field, boolean spans, int threads) {
        this.engine = requireNonNull(engine, "engine is null");
        this.operator = requireNonNull(operator, "operator is null");
        this.field = requireNonNull(field, "field is null");
        this.spans = spans;
        this.threads = threads;
    }

    /** A line to redact, or one already known to be bad. */
    private record Input(long number, String text, String problem, int bytes) {}

    private record Output(List<String> lines, List<String> rejects, RedactionStats stats) {}

    /**
     * @param source how rejects name the input
     * @param progress told the number of bytes read so far, after each batch
     */
    RedactionStats run(Utf8Lines lines, String source, OutputStream out, RejectsFile rejects, LongConsumer progress) throws IOException {
        RedactionStats total = new RedactionStats();
        try (OrderedWorkers<Input, Output> workers = new OrderedWorkers<>(threads, "redact", batch -> redact(batch, source),
                output -> write(output, out, rejects, total))) {
            List<Input> batch = new ArrayList<>();
            int batchBytes = 0;
            long readBytes = 0;
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                int bytes = line.isValid() ? line.text().length() + 1 : 1;
                readBytes += bytes;
                batch.add(new Input(line.number(), line.text(), line.problem(), bytes));
                batchBytes += bytes;
                if (batch.size() >= BATCH_LINES || batchBytes >= BATCH_BYTES) {
                    workers.submit(batch);
                    batch = new ArrayList<>();
                    batchBytes = 0;
                    progress.accept(readBytes);
                }
            }
            if (!batch.isEmpty()) {
                workers.submit(batch);
            }
            workers.finish();
            progress.accept(readBytes);
            return total;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(Output output, OutputStream out, RejectsFile rejects, RedactionStats total) throws IOException {
        for (String line : output.lines()) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        for (String reject : output.rejects()) {
            rejects.write(reject);
        }
        total.add(output.stats());
    }

    private Output redact(List<Input> batch, String source) {
        RedactionStats stats = new RedactionStats();
        List<String> lines = new ArrayList<>(batch.size());
        List<String> rejects = new ArrayList<>();
        for (Input input : batch) {
            stats.records++;
            stats.bytes += input.bytes();
            String problem = input.problem() != null ? input.problem() : redactLine(input.text(), lines, stats);
            if (problem != null) {
                stats.rejected++;
                rejects.add(reject(source, input.number(), problem));
            }
        }
        return new Output(lines, rejects, stats);
    }

    /** Redacts one line into {@code lines}; returns why it was rejected, or null. */
    private String redactLine(String text, List<String> lines, RedactionStats stats) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return "not valid JSON";
        }
        if (!(node instanceof ObjectNode record)) {
            return "not a JSON object";
        }
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return "no field '" + field + "'";
        }
        if (!value.isTextual()) {
            return "field '" + field + "' is not a string";
        }
        String original = value.textValue();
        Redaction redaction = engine.redact(original, operator);
        if (redaction.dropped()) {
            stats.dropped.merge(redaction.verdict().reason().name(), 1L, Long::sum);
            return null;
        }
        redaction.counts().forEach((type, count) -> stats.redactions.merge(type, (long) count, Long::sum));
        record.put(field, redaction.text());
        if (spans) {
            ArrayNode pii = record.putArray("pii");
            for (Span span : Offsets.toCodePoints(original, redaction.spans())) {
                pii.addObject().put("start", span.start()).put("end", span.end()).put("type", span.type().name())
                        .put("score", Math.round(span.score() * 1000) / 1000.0);
            }
        }
        try {
            lines.add(json.writeValueAsString(record));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        stats.written++;
        return null;
    }

    private String reject(String source, long line, String reason) {
        ObjectNode reject = json.createObjectNode().put("file", source).put("line", line).put("reason", reason);
        return reject.toString();
    }
}
