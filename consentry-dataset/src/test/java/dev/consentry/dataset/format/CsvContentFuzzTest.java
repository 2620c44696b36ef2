package dev.consentry.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.consentry.dataset.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of CSV content: any bytes in a {@code .csv} file open as a source or
 * fail with an {@link InputException}, and every record read is a record or a rejected line with
 * its problem, never another exception. Runs its seed corpus
 * ({@code CsvContentFuzzTestInputs/read/}) in every build; to fuzz, see the README's testing section.
 */
@Tag("fuzz")
class CsvContentFuzzTest {
    private Path folder;

    @BeforeEach
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("csv-fuzz");
    }

    @AfterEach
    void deleteFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("content.csv"));
        Files.delete(folder);
    }

    @FuzzTest(maxDuration = "2m")
    void read(byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("content.csv"), content);
        ContentSource source;
        try {
            source = ContentSources.open(file);
        } catch (InputException expected) {
            assertThat(expected.problems()).isNotEmpty();
            return;
        }
        try (source) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                assertThat(item.line()).isPositive();
                assertThat(item.record() == null).isEqualTo(item.problem() != null);
            }
        }
    }
}
