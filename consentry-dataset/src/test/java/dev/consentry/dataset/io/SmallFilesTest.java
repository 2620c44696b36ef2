package dev.consentry.dataset.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.build.Manifest;

/** A settings or metadata file is read whole only while it is small: /dev/zero ended in an OutOfMemoryError trace. */
class SmallFilesTest {
    @TempDir
    Path folder;

    @Test
    void aFileUpToTheLimitIsReadAndOneByteMoreIsRefused() throws IOException {
        Path file = Files.write(folder.resolve("f"), new byte[100]);
        assertThat(SmallFiles.read(file, 100)).hasSize(100);
        assertThatThrownBy(() -> SmallFiles.read(file, 99)).isInstanceOf(InputException.class)
                .hasMessage(file + ": larger than 99 bytes, more than such a file ever is");
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedWithoutFillingTheHeap() {
        Path zero = Path.of("/dev/zero");
        assertThatThrownBy(() -> SmallFiles.read(zero)).isInstanceOf(InputException.class).hasMessageStartingWith("/dev/zero: larger than 16,777,216 bytes");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> SmallFiles.read(folder.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aManifestThatIsASymbolicLinkIsNotFollowed() throws IOException {
        Path elsewhere = Files.writeString(folder.resolve("elsewhere.json"), "{}");
        Path dataset = Files.createDirectory(folder.resolve("ds"));
        Files.createSymbolicLink(dataset.resolve(Manifest.FILE), elsewhere);
        assertThatThrownBy(() -> Manifest.read(dataset)).isInstanceOf(InputException.class)
                .hasMessage(dataset.resolve(Manifest.FILE) + ": a symbolic link; a manifest is read only from the dataset's own folder");
    }
}
