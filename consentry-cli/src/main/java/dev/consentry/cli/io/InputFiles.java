package dev.consentry.cli.io;

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

import dev.consentry.cli.UserException;

/**
 * Opens an input file by name: {@code .gz} and {@code .zst} are decompressed, {@code -} is
 * standard input. The SHA-256 of the bytes as stored (compressed or not) is computed while
 * reading, so audit records name exactly the file that was read, at no extra pass.
 */
public final class InputFiles {
    private InputFiles() {}

    /** An open input and the digest of its stored bytes, complete once the input is read to its end. */
    public record Opened(String name, InputStream content, MessageDigest digest) {
        public String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    public static Opened open(String name) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try {
            InputStream raw = name.equals("-") ? System.in : Files.newInputStream(Path.of(name));
            InputStream stored = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), digest);
            InputStream content;
            if (name.endsWith(".gz")) {
                content = new GZIPInputStream(stored, 1 << 16);
            } else if (name.endsWith(".zst")) {
                content = new BufferedInputStream(new ZstdInputStream(stored), 1 << 16);
            } else {
                content = stored;
            }
            return new Opened(name, content, digest);
        } catch (NoSuchFileException e) {
            throw new UserException(name + ": no such file");
        } catch (IOException e) {
            throw new UserException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
