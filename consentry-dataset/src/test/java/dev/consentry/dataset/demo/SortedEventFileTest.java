package dev.consentry.dataset.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedEventFileTest {
    @TempDir
    Path folder;

    private record Event(Instant at, String json) {}

    /** Sorted runs merged from disk give exactly the stable in-memory sort, ties in the order added, for any run size. */
    @Test
    void runsMergedEqualTheStableSortOfEverything() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // Few distinct instants, so that many lines tie, in and across runs.
            events.add(new Event(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(300), random.nextInt(3) * 500_000_000), "{\"n\":" + i + "}"));
        }
        List<String> expected = new ArrayList<>();
        events.stream().sorted(Comparator.comparing(Event::at)).forEach(event -> expected.add(event.json()));
        for (int runLines : new int[] {50, 1_000, 2_999, 3_000, 100_000}) {
            Path file = folder.resolve("events-" + runLines + ".jsonl");
            try (SortedEventFile sorted = new SortedEventFile(file, runLines)) {
                events.forEach(event -> sorted.add(event.at(), event.json()));
                sorted.finish();
                assertThat(sorted.lines()).isEqualTo(3_000);
            }
            assertThat(Files.readAllLines(file)).as("runs of %d", runLines).isEqualTo(expected);
        }
    }
}
