package dev.consentry.dataset.io;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;



/**
 * Opens an input file by name: {@code .gz} and {@code .zst} are decompressed, {@code -} is
 * standard input. The SHA-256 of the bytes as stored (compressed or not) is computed while
 * reading, so audit records name exactly the file that was read, at no extra pass.
 */
public final class InputFiles {
    private InputFiles() {}

    /** An open input and the digest of its stored bytes, complete once the input is read to its end. */
    public record Opened(String name, InputStream content, MessageDigest digest, CountingInputStream stored, InputStream digesting, long size)
            implements AutoCloseable {
        /**
         * The SHA-256 of the whole file as stored. Reads what the decompressor left unread (a trailer,
         * padding) first, so the hash covers every byte; call once, after reading the content.
         */
        public String sha256() {
            try {
                digesting.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void close() throws IOException {
            content.close();
        }

        /** Bytes of the file as stored (compressed) read so far; with {@link #size()} it drives progress. */
        public long storedBytesRead() {
            return stored.count();
        }
    }

    /** Counts the bytes that pass; read by the progress display from another thread. */
    public static final class CountingInputStream extends java.io.FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /**
     * A decompressing stream whose failures — corrupt or truncated data, a file that is not of its
     * format — become an {@link InputException} naming the file and how far into it, as stored, the
     * decompressor had read when it noticed: a user's mistake, reported without a stack trace by
     * every reader (builds, imports, redaction) alike. The place is as exact as the decompressor
     * lets it be: it reads ahead in blocks, so the damage lies at or before that offset.
     */
    private static final class Decompressed extends java.io.FilterInputStream {
        interface Opener {
            InputStream open() throws IOException;
        }

        private final String name;
        private final String format;
        private final CountingInputStream stored;
        private final long size;

        Decompressed(String name, String format, CountingInputStream stored, long size, Opener opener) throws IOException {
            super(null);
            this.name = name;
            this.format = format;
            this.stored = stored;
            this.size = size;
            try {
                in = opener.open();
            } catch (IOException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw corrupt(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return in.skip(n);
            } catch (IOException e) {
                throw corrupt(e);
            }
        }

        private InputException corrupt(IOException e) {
            return new InputException(name + ": not valid " + format + " data, corrupt or truncated (" + e.getMessage() + "; noticed "
                    + String.format(java.util.Locale.ROOT, "%,d", stored.count()) + " bytes into the file as stored"
                    + (size >= 0 ? String.format(java.util.Locale.ROOT, ", of %,d", size) : "") + ")");
        }
    }

    /**
     * The file's bytes as stored. A pipe or device (a shell's {@code <(command)}, {@code /dev/stdin})
     * is read as a plain stream: the channel stream {@link Files#newInputStream} gives asks it for a
     * position when a buffer refills and fails, "Illegal seek".
     */
    static InputStream openRaw(Path path) throws IOException {
        return Files.isRegularFile(path) ? Files.newInputStream(path) : new java.io.FileInputStream(path.toFile());
    }

    public static Opened open(String name) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try {
            Path path = name.equals("-") ? null : Path.of(name);
            InputStream raw = path == null ? System.in : openRaw(path);
            long size = path != null && Files.isRegularFile(path) ? Files.size(path) : -1;
            CountingInputStream counted = new CountingInputStream(new BufferedInputStream(raw, 1 << 16));
            InputStream stored = new DigestInputStream(counted, digest);
            InputStream content;
            if (name.endsWith(".gz")) {
                content = new Decompressed(name, "gzip", counted, size, () -> new GZIPInputStream(stored, 1 << 16));
            } else if (name.endsWith(".zst")) {
                content = new BufferedInputStream(new Decompressed(name, "zstd", counted, size, () -> new ZstdInputStream(stored)), 1 << 16);
            } else {
                content = stored;
            }
            return new Opened(name, content, digest, counted, stored, size);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (java.io.FileNotFoundException e) {
            throw new InputException(name + (Files.exists(Path.of(name)) ? ": cannot read (" + e.getMessage() + ")" : ": no such file"));
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
