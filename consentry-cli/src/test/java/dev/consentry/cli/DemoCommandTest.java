package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo empties its folder first: it must only ever empty one it made. */
class DemoCommandTest {
    @TempDir
    Path folder;

    private static Cli.Result demo(Path dir) {
        return Cli.run("demo", "--members", "40", "--content", "300", "--dir", dir.toString());
    }

    @Test
    void aDemoFolderIsReusedAndAnyOtherFolderIsRefused() throws IOException {
        Path demo = folder.resolve("demo");
        Cli.Result first = demo(demo);
        assertThat(first.err()).isEmpty();
        assertThat(first.status()).isZero();
        assertThat(demo.resolve(".consentry-demo")).isRegularFile();
        assertThat(demo(demo).status()).isZero();

        Path mine = Files.createDirectories(folder.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "years of work");
        Cli.Result refused = demo(mine);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains(mine + ": not a demo folder").doesNotContain("Exception", "\tat ");
        assertThat(mine.resolve("thesis.tex")).hasContent("years of work");

        Files.writeString(demo.resolve("notes.txt"), "added by hand");
        Cli.Result changed = demo(demo);
        assertThat(changed.status()).isEqualTo(2);
        assertThat(changed.err()).contains("holds files a demo does not write (notes.txt)");
        assertThat(demo.resolve("notes.txt")).exists();
    }

    @Test
    void theWorkingDirectoryIsNeverEmptied() {
        Cli.Result refused = demo(Path.of("."));
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("never a demo folder");
        assertThat(Path.of("pom.xml")).exists();
    }
}
