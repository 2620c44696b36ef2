package dev.consentry.dataset.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged compressed input is the user's problem, named with its file and place, never an IOException trace. */
class InputFilesTest {
    @TempDir
    Path folder;

    private static byte[] text() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            lines.append("{\"id\":\"c-").append(i).append("\",\"text\":\"").append(Integer.toHexString(i * 7919)).append("\"}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static void readAll(Path file) throws IOException {
        try (InputFiles.Opened opened = InputFiles.open(file.toString())) {
            opened.content().transferTo(OutputStream.nullOutputStream());
        }
    }

    @Test
    void aTruncatedGzipNamesTheFileAndTheOffset() throws IOException {
        byte[] whole = gzip(text());
        Path file = file("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(InputException.class)
                .hasMessage(String.format(java.util.Locale.ROOT, "%s: not valid gzip data, corrupt or truncated (Unexpected end of ZLIB input stream; "
                        + "noticed %,d bytes into the file as stored, of %,d)", file, whole.length / 2, whole.length / 2));
    }

    @Test
    void aCorruptGzipAndAFileThatIsNotGzip() throws IOException {
        byte[] damaged = gzip(text());
        for (int i = 200; i < damaged.length - 200; i += 101) {
            damaged[i] ^= 0x5A;
        }
        Path corrupt = file("bad.jsonl.gz", damaged);
        assertThatThrownBy(() -> readAll(corrupt)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(corrupt + ": not valid gzip data, corrupt or truncated (").hasMessageContaining("bytes into the file as stored");
        Path plain = file("plain.jsonl.gz", text());
        assertThatThrownBy(() -> readAll(plain)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(plain + ": not valid gzip data, corrupt or truncated (Not in GZIP format; noticed ");
    }

    @Test
    void aTruncatedOrCorruptZstd() throws IOException {
        byte[] whole = Zstd.compress(text(), 3);
        Path cut = file("cut.jsonl.zst", Arrays.copyOf(whole, whole.length - 10));
        assertThatThrownBy(() -> readAll(cut)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(cut + ": not valid zstd data, corrupt or truncated (").hasMessageContaining("bytes into the file as stored, of ");
        byte[] damaged = whole.clone();
        for (int i = 100; i < damaged.length - 100; i += 61) {
            damaged[i] ^= 0x5A;
        }
        Path corrupt = file("bad.jsonl.zst", damaged);
        assertThatThrownBy(() -> readAll(corrupt)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(corrupt + ": not valid zstd data, corrupt or truncated (");
    }

    @Test
    void anIntactFileReadsWhole() throws IOException {
        Path file = file("ok.jsonl.gz", gzip(text()));
        try (InputFiles.Opened opened = InputFiles.open(file.toString())) {
            assertThat(opened.content().readAllBytes()).isEqualTo(text());
        }
    }

    /**
     * A named pipe, as a shell's {@code <(command)} gives: the JDK's channel stream asks a pipe for
     * its position when a buffer refills and fails with "Illegal seek", so pipes are read as streams.
     */
    @Test
    void aNamedPipeIsReadToItsEnd() throws Exception {
        Path pipe = folder.resolve("queries.jsonl");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        byte[] text = text();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                for (int at = 0; at < text.length; at += 1000) {
                    out.write(text, at, Math.min(1000, text.length - at));
                    out.flush();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        try (InputFiles.Opened opened = InputFiles.open(pipe.toString())) {
            assertThat(opened.content().readAllBytes()).isEqualTo(text);
            assertThat(opened.size()).isEqualTo(-1);
        }
        writer.join();
    }
}
