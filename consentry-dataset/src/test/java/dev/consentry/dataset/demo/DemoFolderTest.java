package dev.consentry.dataset.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.io.InputException;

class DemoFolderTest {
    @TempDir
    Path root;

    private DemoFolder demoFolder(Path cwd, Path home) {
        return new DemoFolder(cwd, home);
    }

    private DemoFolder elsewhere() throws IOException {
        return demoFolder(Files.createDirectories(root.resolve("cwd")), Files.createDirectories(root.resolve("home")));
    }

    @Test
    void aNewFolderIsCreatedWithTheMarker() throws IOException {
        Path demo = root.resolve("a/b/demo");
        elsewhere().prepare(demo);
        assertThat(demo.resolve(DemoFolder.MARKER)).isRegularFile();
    }

    @Test
    void anEarlierDemoFolderIsEmptied() throws IOException {
        Path demo = root.resolve("demo");
        elsewhere().prepare(demo);
        Files.writeString(demo.resolve("members.jsonl"), "{}\n");
        Files.createDirectories(demo.resolve("datasets/genai-now"));
        Files.writeString(demo.resolve("datasets/genai-now/manifest.json"), "{}");
        elsewhere().prepare(demo);
        try (var entries = Files.list(demo)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactly(DemoFolder.MARKER);
        }
    }

    @Test
    void aFolderWithoutTheMarkerIsLeftAlone() throws IOException {
        Path precious = Files.createDirectories(root.resolve("precious"));
        Files.writeString(precious.resolve("members.jsonl"), "mine");
        assertThatThrownBy(() -> elsewhere().prepare(precious)).isInstanceOf(InputException.class)
                .hasMessage(precious + ": not a demo folder (it has no .consentry-demo file) and not empty; "
                        + "the demo empties its folder first, so it uses only a new, empty or earlier demo folder "
                        + "(one written before demo folders were marked: remove it yourself)");
        assertThat(precious.resolve("members.jsonl")).hasContent("mine");
    }

    @Test
    void aMarkedFolderWithOtherFilesIsLeftAlone() throws IOException {
        Path demo = root.resolve("demo");
        elsewhere().prepare(demo);
        Files.writeString(demo.resolve("thesis.tex"), "mine");
        Files.writeString(demo.resolve("datasets"), "a file where the demo has a folder");
        assertThatThrownBy(() -> elsewhere().prepare(demo)).isInstanceOf(InputException.class)
                .hasMessageContaining("holds files a demo does not write (datasets, thesis.tex)");
        assertThat(demo.resolve("thesis.tex")).hasContent("mine");
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(root.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> elsewhere().prepare(file)).isInstanceOf(InputException.class).hasMessageContaining("not a folder");
        assertThat(file).hasContent("mine");
    }

    /** Even a marked folder: the marker is a file anyone can copy. */
    @Test
    void theWorkingDirectoryItsAncestorsHomeAndRootAreNeverDemoFolders() throws IOException {
        Path cwd = Files.createDirectories(root.resolve("work/project"));
        Path home = Files.createDirectories(root.resolve("home"));
        for (Path folder : new Path[] {cwd, cwd.getParent(), home}) {
            Files.writeString(folder.resolve(DemoFolder.MARKER), "");
            assertThatThrownBy(() -> demoFolder(cwd, home).prepare(folder)).as("%s", folder).isInstanceOf(InputException.class)
                    .hasMessageContaining("never a demo folder");
            assertThat(folder.resolve(DemoFolder.MARKER)).exists();
        }
        assertThatThrownBy(() -> demoFolder(cwd, home).prepare(root.getRoot())).isInstanceOf(InputException.class)
                .hasMessageContaining("a file-system root is never a demo folder");
        assertThatThrownBy(() -> demoFolder(cwd, home).prepare(Path.of(""))).isInstanceOf(InputException.class)
                .hasMessageContaining("never a demo folder");
        assertThat(cwd).exists();
    }
}
