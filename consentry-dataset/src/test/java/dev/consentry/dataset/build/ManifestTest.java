package dev.consentry.dataset.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.io.InputException;

class ManifestTest {
    @TempDir
    Path folder;

    @Test
    void writesAndReadsBack() throws IOException {
        Manifest manifest = new Manifest(1, "ds-abc", "ds", "genai-training", "2026-01-01T00:00:00Z",
                new Manifest.Policy("p", "v1", "a".repeat(64), "built-in"), new Manifest.Ledger(7, "b".repeat(64)),
                List.of(new Manifest.Input("/in.jsonl", 10, "c".repeat(64))), null,
                new Manifest.Counts(3, 1, 1, Map.of("REJECTED", 1L, "OPTED_OUT", 1L), Map.of(), Map.of()),
                new Manifest.Redactions("placeholder", 2, Map.of("PERSON", 2L)), 1, Map.of("en", 1L), "jsonl.zst", 100,
                List.of(new OutputFile("part-00000.jsonl.zst", 1, 50, "d".repeat(64))), null, null,
                new Manifest.Engine("consentry", "test", "17"), "2026-01-01T00:00:01Z", "2026-01-01T00:00:02Z");
        Files.writeString(folder.resolve(Manifest.FILE), manifest.toJson());
        assertThat(Manifest.read(folder)).isEqualTo(manifest);
        assertThat(manifest.toJson()).doesNotContain("\"previous\"", "\"rejects\"");
    }

    @Test
    void aFolderWithoutManifestIsNotADataset() throws IOException {
        assertThatThrownBy(() -> Manifest.read(folder)).isInstanceOf(InputException.class).hasMessageContaining("not a dataset (no manifest.json)");
        Files.writeString(folder.resolve(Manifest.FILE), "{\n  \"formatVersion\": oops\n}");
        assertThatThrownBy(() -> Manifest.read(folder)).isInstanceOf(InputException.class).hasMessageContaining("manifest.json:2: not a valid manifest");
    }

    @Test
    void everyMissingNullUnknownOrMistypedFieldIsNamedWithItsLine() throws IOException {
        Files.writeString(folder.resolve(Manifest.FILE), "{\n  \"formatVersion\": 1,\n  \"outputs\": [null, {\"file\": \"a\", \"bytes\": 1, \"sha256\": \"x\", \"size\": 2}],\n  \"policy\": null,\n  \"languages\": {\"en\": null}\n}\n");
        assertThatThrownBy(() -> Manifest.read(folder)).isInstanceOf(InputException.class).satisfies(e -> assertThat(((InputException) e).problems())
                .contains(folder.resolve(Manifest.FILE) + ":3: outputs[0]: null", folder.resolve(Manifest.FILE) + ":3: outputs[1].records: missing",
                        folder.resolve(Manifest.FILE) + ":4: policy: null", folder.resolve(Manifest.FILE) + ":5: languages.en: null", folder.resolve(Manifest.FILE) + ":1: dataset: missing")
                .anySatisfy(problem -> assertThat(problem).startsWith(folder.resolve(Manifest.FILE) + ":3: outputs[1].size: unknown field")));
        Files.writeString(folder.resolve(Manifest.FILE), "{\"formatVersion\": 1, \"formatVersion\": 1}");
        assertThatThrownBy(() -> Manifest.read(folder)).isInstanceOf(InputException.class).hasMessageContaining(":1: duplicate field 'formatVersion'");
    }
}
