package dev.consentry.dataset.build;

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
 * Coverage-guided fuzzing of the manifest that {@code verify} reads: any bytes in
 * {@code manifest.json} give a verification report or an {@link InputException}, never another
 * exception. Runs its seed corpus ({@code ManifestFuzzTestInputs/verify/}) in every build; to
 * fuzz, see the README's testing section.
 */
@Tag("fuzz")
class ManifestFuzzTest {
    private Path folder;

    @BeforeEach
    void createFolder() throws IOException {
        folder = Files.createTempDirectory("manifest-fuzz");
    }

    @AfterEach
    void deleteFolder() throws IOException {
        Files.deleteIfExists(folder.resolve(Manifest.FILE));
        Files.delete(folder);
    }

    @FuzzTest(maxDuration = "2m")
    void verify(byte[] manifest) throws IOException {
        Files.write(folder.resolve(Manifest.FILE), manifest);
        try {
            DatasetVerifier.Report report = DatasetVerifier.verify(folder);
            assertThat(report.problems()).isNotNull();
        } catch (InputException expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }
}
