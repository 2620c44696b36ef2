package dev.consentry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code kill -9} of the importing process: an acknowledged import is all there, an unfinished
 * one is not there at all, and the chain verifies and grows afterwards. (A killed process loses
 * no OS buffers, so this proves atomicity and recovery, not survival of a power cut; that rests on
 * synchronous=FULL in SQLite and on PostgreSQL's own WAL.)
 */
class KillDuringImportTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void acknowledgedImportSurvivesAndUnfinishedOneLeavesNothing(Dialect dialect) throws Exception {
        // Entry 1 is the member's registration; the child's events follow it.
        try (TestDatabase database = TestDatabase.create(dialect, folder)) {
            assertThat(runAndKill(database.url(), 5000, "commit")).isEqualTo("ACK 5001");
            assertThat(runAndKill(database.url(), 5000, "hold")).isEqualTo("WRITING");

            ConsentStore store = ConsentStore.open(database.url());
            assertThat(store.head().sequence()).isEqualTo(5001);
            VerifyReport report = store.verify();
            assertThat(report.problemText()).isEmpty();
            assertThat(report.checkpoint() + report.entriesChecked()).as("the killed import verified the first before it began").isEqualTo(5001);

            assertThat(runAndKill(database.url(), 10, "commit")).isEqualTo("ACK 5011");
            VerifyReport after = store.verify();
            assertThat(after.problemText()).isEmpty();
            assertThat(after.head().sequence()).isEqualTo(5011);
            assertThat(after.checkpoint() + after.entriesChecked()).isEqualTo(5011);
        }
    }

    private static String runAndKill(String url, int events, String mode) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), url, String.valueOf(events), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return line;
        }
    }
}
