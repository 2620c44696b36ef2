package dev.consentry.cli.redact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import dev.consentry.dataset.io.OutputFiles;

/** The rejects output, created on the first reject so that a clean run leaves no empty file behind. */
final class RejectsFile implements AutoCloseable {
    private final String path;
    private OutputStream out;
    private long count;

    RejectsFile(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    long count() {
        return count;
    }

    void write(String json) throws IOException {
        if (out == null) {
            out = OutputFiles.open(path);
        }
        out.write(json.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        count++;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
