package dev.consentry.dataset.build;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.consentry.dataset.io.InputException;

/**
 * {@code manifest.json}: what a dataset is and how it was made — enough to rebuild it byte for byte
 * and to check every file. Instants are ISO-8601 strings. Never holds a member id or any content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
        int formatVersion,
        String dataset,
        String name,
        String purpose,
        String asOf,
        Policy policy,
        Ledger ledger,
        List<Input> inputs,
        Previous previous,
        Counts counts,
        Redactions redactions,
        long membersIncluded,
        Map<String, Long> languages,
        String format,
        int shardRecords,
        List<OutputFile> outputs,
        OutputFile rejects,
        OutputFile card,
        Engine engine,
        String startedAt,
        String finishedAt) {
    public static final String FILE = "manifest.json";
    public static final int FORMAT_VERSION = 1;

    /** The policy version in force at the as-of instant (null before the first) and the policy file's hash. */
    public record Policy(String name, String version, String sha256, String source) {}

    /** The ledger the consent snapshot saw: up to and including this sequence, whose hash is the head. */
    public record Ledger(long sequence, String headHash) {}

    public record Input(String path, long bytes, String sha256) {}

    /** The dataset an incremental build continues: content created after its as-of is taken. */
    public record Previous(String dataset, String path, String asOf, String manifestSha256) {}

    /** read = included + rejected + every excluded reason (rejected is also listed under REJECTED). */
    public record Counts(long read, long included, long rejected, Map<String, Long> excluded, Map<String, Long> specialCategories,
            Map<String, Long> droppedPii) {}

    public record Redactions(String operator, long total, Map<String, Long> byType) {}

    public record Engine(String name, String version, String java) {}

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest always serializes", e);
        }
    }

    /**
     * Reads a dataset's manifest strictly (see {@link ManifestReader}): a missing, null, unknown or
     * duplicate field, or a value of the wrong type, is an {@link InputException} naming the file,
     * line and field of each problem.
     */
    public static Manifest read(Path folder) {
        Path file = folder.resolve(FILE);
        if (Files.isSymbolicLink(file)) {
            // Like every file verify checks: what the folder does not itself hold is never read.
            throw new InputException(file + ": a symbolic link; a manifest is read only from the dataset's own folder");
        }
        try {
            return ManifestReader.read(file.toString(), dev.consentry.dataset.io.SmallFiles.readUtf8(file));
        } catch (NoSuchFileException e) {
            throw new InputException(folder + ": not a dataset (no " + FILE + ")");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8, so not a manifest");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
