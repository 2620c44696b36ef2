package dev.consentry.dataset.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a small file whole — a manifest, a policy, a term list, an anchor, a key — without trusting
 * its size: {@code /dev/zero}, a pipe that never ends or a multi-gigabyte file given by mistake would
 * otherwise fill the heap and end in an OutOfMemoryError trace. At most {@code limit} bytes are held;
 * a larger file is the user's mistake, named.
 */
public final class SmallFiles {
    /** Generous for every settings and metadata file Consentry reads (the default policy is 6 KB). */
    public static final int LIMIT = 16 << 20;

    private SmallFiles() {}

    public static byte[] read(Path file, int limit) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (InputStream in = InputFiles.openRaw(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new InputException(file + ": larger than " + String.format(Locale.ROOT, "%,d", limit) + " bytes, more than such a file ever is");
            }
            return bytes;
        }
    }

    public static byte[] read(Path file) throws IOException {
        return read(file, LIMIT);
    }

    /** The file as strict UTF-8 (a malformed byte: {@link java.nio.charset.CharacterCodingException}). */
    public static String readUtf8(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(read(file))).toString();
    }
}
