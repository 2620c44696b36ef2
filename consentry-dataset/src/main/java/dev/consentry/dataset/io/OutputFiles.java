package dev.consentry.dataset.io;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Opens an output file by name: {@code .gz} and {@code .zst} are compressed, {@code -} is standard output. */
public final class OutputFiles {
    private OutputFiles() {}

    /**
     * Opens {@code file} for bytes that are written as given, whatever its name says: for content
     * already compressed, such as the zstd frames of a JSON Lines shard.
     */
    public static OutputStream openAsIs(Path file) {
        try {
            return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write (" + e.getMessage() + ")");
        }
    }

    public static OutputStream open(String name) {
        try {
            OutputStream raw;
            if (name.equals("-")) {
                // Closing the writer must not close the JVM's stdout.
                raw = new FilterOutputStream(System.out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
            } else {
                Path path = Path.of(name);
                if (path.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(path.toAbsolutePath().getParent());
                }
                raw = Files.newOutputStream(path);
            }
            OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            if (name.endsWith(".gz")) {
                return new GZIPOutputStream(buffered, 1 << 16);
            }
            if (name.endsWith(".zst")) {
                return new BufferedOutputStream(new ZstdOutputStream(buffered, 3), 1 << 16);
            }
            return buffered;
        } catch (IOException e) {
            throw new InputException(name + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
