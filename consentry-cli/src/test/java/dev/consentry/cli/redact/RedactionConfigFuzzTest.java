package dev.consentry.cli.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.consentry.cli.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the redaction config (YAML) that {@code --config} reads: any bytes
 * give a configuration or a {@link UserException} naming the file, never another exception.
 * Runs its seed corpus ({@code RedactionConfigFuzzTestInputs/load/}) in every build; to fuzz, see
 * the README's testing section.
 */
@Tag("fuzz")
class RedactionConfigFuzzTest {
    private Path folder;

    @BeforeEach
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("config-fuzz");
    }

    @AfterEach
    void deleteFolder() throws IOException {
        Files.deleteIfExists(folder.resolve("redact.yaml"));
        Files.delete(folder);
    }

    @FuzzTest(maxDuration = "2m")
    void load(byte[] yaml) throws IOException {
        Path file = Files.write(folder.resolve("redact.yaml"), yaml);
        try {
            assertThat(EngineOptions.loadConfig(file)).isNotNull();
        } catch (UserException expected) {
            assertThat(expected.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith(file.toString()));
        }
    }
}
