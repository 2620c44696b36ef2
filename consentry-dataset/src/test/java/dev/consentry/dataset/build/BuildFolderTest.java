package dev.consentry.dataset.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden build folder: one holder per output, nothing left beside the output, a dead build's leftovers undone. */
class BuildFolderTest {
    @TempDir
    Path parent;

    private List<String> beside() throws IOException {
        try (Stream<Path> files = Files.list(parent)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondHolderInThisProcessIsRefusedUntilTheFirstLetsGo() throws IOException {
        Path output = parent.resolve("ds");
        try (BuildFolder first = BuildFolder.lock(output)) {
            assertThat(first.staging()).isDirectory();
            assertThatThrownBy(() -> BuildFolder.lock(output)).isInstanceOf(OutputInUseException.class)
                    .hasMessageContaining(output + ": another build is writing this output");
            try (BuildFolder other = BuildFolder.lock(parent.resolve("other"))) {
                assertThat(other).isNotNull();
            }
        }
        assertThat(beside()).isEmpty();
        try (BuildFolder again = BuildFolder.lock(output)) {
            assertThat(again).isNotNull();
        }
        assertThat(beside()).isEmpty();
    }

    @Test
    void publishingReplacesTheOutputAndLeavesNothingBeside() throws IOException {
        Path output = Files.createDirectory(parent.resolve("ds"));
        Files.writeString(output.resolve("old.txt"), "old");
        try (BuildFolder work = BuildFolder.lock(output)) {
            Files.writeString(work.staging().resolve("new.txt"), "new");
            work.publish();
            work.committed();
        }
        assertThat(output.resolve("new.txt")).hasContent("new");
        assertThat(output.resolve("old.txt")).doesNotExist();
        assertThat(beside()).containsExactly("ds");
    }

    @Test
    void aPublishWhoseTransactionDidNotCommitIsTakenBack() throws IOException {
        Path output = Files.createDirectory(parent.resolve("ds"));
        Files.writeString(output.resolve("old.txt"), "old");
        try (BuildFolder work = BuildFolder.lock(output)) {
            Files.writeString(work.staging().resolve("new.txt"), "new");
            work.publish();
        }
        assertThat(output.resolve("old.txt")).hasContent("old");
        assertThat(output.resolve("new.txt")).doesNotExist();
        assertThat(beside()).containsExactly("ds");
    }

    @Test
    void aDatasetADeadBuildHadMovedAsideIsPutBack() throws IOException {
        Path output = parent.resolve("ds");
        Path hidden = Files.createDirectory(parent.resolve(".ds" + BuildFolder.SUFFIX));
        Files.writeString(Files.createDirectory(hidden.resolve("replaced")).resolve("old.txt"), "old");
        Files.writeString(Files.createDirectory(hidden.resolve("dataset")).resolve("half.txt"), "half");
        Files.writeString(hidden.resolve("lock"), "process 1, started long ago\n");
        Files.createDirectory(parent.resolve(".ds.partial-123-456"));
        try (BuildFolder work = BuildFolder.lock(output)) {
            assertThat(output.resolve("old.txt")).hasContent("old");
            assertThat(work.staging()).isEmptyDirectory();
        }
        assertThat(beside()).containsExactly("ds");
    }
}
