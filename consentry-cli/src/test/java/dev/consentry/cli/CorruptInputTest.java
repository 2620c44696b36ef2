package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Every command that reads .gz and .zst by name reports a damaged file as a user error, without a stack trace. */
class CorruptInputTest {
    @TempDir
    Path folder;

    private static byte[] lines(String format, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(String.format(format, i, i)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncatedGzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return Arrays.copyOf(out.toByteArray(), out.size() / 2);
    }

    private static byte[] truncatedZstd(byte[] bytes) {
        byte[] whole = Zstd.compress(bytes, 3);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static void assertUserError(Cli.Result result, Path file, String format) {
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith(file + ": not valid " + format + " data, corrupt or truncated (")
                .contains("bytes into the file as stored").doesNotContain("Exception", "\tat ");
    }

    @Test
    void buildRedactAndImportRefuseATruncatedFile() throws IOException {
        String db = "jdbc:sqlite:" + folder.resolve("c.db");
        Path members = Files.write(folder.resolve("members.jsonl"), lines("{\"id\":\"m-%d\",\"country\":\"US\",\"name\":\"N%d\"}", 10));
        assertThat(Cli.run("import", "members", members.toString(), "--db", db).status()).isZero();
        byte[] content = lines("{\"id\":\"c-%d\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-03-01T00:00:00Z\","
                + "\"text\":\"post %d\"}", 40_000);

        for (String format : new String[] {"gzip", "zstd"}) {
            Path input = Files.write(folder.resolve(format.equals("gzip") ? "content.jsonl.gz" : "content.jsonl.zst"),
                    format.equals("gzip") ? truncatedGzip(content) : truncatedZstd(content));
            Cli.Result build = Cli.run("build", "--purpose", "genai-training", "--as-of", "2026-01-01T00:00:00Z", "--input", input.toString(),
                    "--out", folder.resolve("ds-" + format).toString(), "--db", db, "-q");
            assertUserError(build, input, format);
            assertThat(folder.resolve("ds-" + format)).doesNotExist();

            Cli.Result redact = Cli.run("redact", "--input", input.toString(), "--output", folder.resolve("out-" + format + ".jsonl").toString(), "-q");
            assertUserError(redact, input, format);

            Path events = Files.write(folder.resolve(format.equals("gzip") ? "events.jsonl.gz" : "events.jsonl.zst"),
                    format.equals("gzip") ? truncatedGzip(lines("{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-01-01T00:00:00Z\",\"source\":\"b%d-%d\"}", 20_000))
                            : truncatedZstd(lines("{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"2025-01-01T00:00:00Z\",\"source\":\"b%d-%d\"}", 20_000)));
            Cli.Result imported = Cli.run("import", "events", events.toString(), "--db", db);
            assertThat(imported.status()).as(imported.err()).isEqualTo(2);
            assertThat(imported.err()).contains(events.toString()).doesNotContain("Exception", "\tat ");
            assertThat(Cli.run("ledger", "verify", "--db", db).out()).contains("0 entries");
        }
    }
}
