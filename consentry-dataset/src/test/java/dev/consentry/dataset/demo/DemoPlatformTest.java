package dev.consentry.dataset.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPlatformTest {
    private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesTheSameFiles_eventsInInstantOrder() throws IOException {
        Path one = Files.createDirectories(folder.resolve("one"));
        Path two = Files.createDirectories(folder.resolve("two"));
        DemoPlatform.Written written = new DemoPlatform(5, 400, END).write(one, 600);
        new DemoPlatform(5, 400, END).write(two, 600);
        for (String file : List.of("members.jsonl", "events.jsonl", "content.jsonl.zst")) {
            assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
        }
        List<String> events = Files.readAllLines(one.resolve("events.jsonl"));
        assertThat(events).hasSize(written.events());
        ObjectMapper json = new ObjectMapper();
        List<Instant> instants = new ArrayList<>();
        for (String event : events) {
            instants.add(Instant.parse(json.readTree(event).get("at").asText()));
        }
        assertThat(instants).isSorted();
        assertThat(Files.readAllLines(one.resolve("members.jsonl"))).hasSize(400).allSatisfy(member -> assertThat(member).contains("\"handles\":[\""));
    }
}
