package dev.consentry.redact.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test-only readers of the two gold formats (the CLI has its own, with line-numbered errors). */
final class GoldFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFiles() {}

    /** presidio-research synth JSON: an array of {full_text, spans: [{entity_type, start_position, end_position}]}. */
    static List<GoldDocument> presidio(String resource) {
        try (InputStream in = open(resource)) {
            JsonNode root = JSON.readTree(in);
            List<GoldDocument> docs = new ArrayList<>();
            int i = 0;
            for (JsonNode d : root) {
                List<GoldSpan> spans = new ArrayList<>();
                for (JsonNode s : d.get("spans")) {
                    spans.add(new GoldSpan(s.get("start_position").asInt(), s.get("end_position").asInt(), s.get("entity_type").asText()));
                }
                docs.add(new GoldDocument("presidio-" + i++, d.get("full_text").asText(), spans));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WNUT17 as JSON lines: {id, text, spans: [{label, start, end}]}. */
    static List<GoldDocument> wnut(String resource) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            List<GoldDocument> docs = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = JSON.readTree(line);
                List<GoldSpan> spans = new ArrayList<>();
                for (JsonNode s : d.get("spans")) {
                    spans.add(new GoldSpan(s.get("start").asInt(), s.get("end").asInt(), s.get("label").asText()));
                }
                docs.add(new GoldDocument(d.get("id").asText(), d.get("text").asText(), spans));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = GoldFiles.class.getResourceAsStream("/gold/" + resource);
        if (in == null) {
            throw new IllegalStateException("Missing test resource /gold/" + resource);
        }
        return in;
    }
}
