package dev.consentry.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.io.InputException;

class JsonlContentSourceTest {
    @TempDir
    Path folder;

    private List<SourceItem> read(Path file) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        try (ContentSource source = ContentSources.open(file)) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                items.add(item.parsed());
            }
        }
        return items;
    }

    @Test
    void goodAndBadLinesKeepTheirNumbersAndNeverEchoContent() throws IOException {
        Path file = folder.resolve("c.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"c-1\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-01-01T01:00:00+01:00\",\"text\":\"hi\"}",
                "",
                "{\"id\":\"c-2\",\"member\":\"m-1\",\"kind\":\"video\",\"visibility\":\"secret\",\"createdAt\":\"yesterday\",\"text\":\"jane@example.com\"}",
                "{\"id\":\"c-3\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"text\":42}",
                "[\"not an object\"]",
                "{broken") + "\n", StandardCharsets.UTF_8);
        List<SourceItem> items = read(file);
        assertThat(items).extracting(SourceItem::line).containsExactly(1L, 3L, 4L, 5L, 6L);
        assertThat(items.get(0).record()).isEqualTo(new ContentRecord("c-1", "m-1", "post", "public", Instant.parse("2025-01-01T00:00:00Z"), "hi", null));
        assertThat(items.get(1).problem()).contains("field 'kind' is not one of", "field 'visibility' is not one of", "field 'createdAt' is not an ISO-8601")
                .doesNotContain("jane@example.com", "video");
        assertThat(items.get(2).problem()).isEqualTo("field 'text' must be a string");
        assertThat(items.get(3).problem()).isEqualTo("not a JSON object");
        assertThat(items.get(4).problem()).isEqualTo("not valid JSON");
    }

    @Test
    void foldersAreReadInNameOrderAndUnknownFormatsRefused() throws IOException {
        Files.createDirectories(folder.resolve("in"));
        Files.writeString(folder.resolve("in/b.jsonl"), "");
        Files.writeString(folder.resolve("in/a.jsonl"), "");
        Files.writeString(folder.resolve("in/notes.txt"), "");
        assertThat(ContentSources.expand(List.of(folder.resolve("in")))).extracting(path -> path.getFileName().toString()).containsExactly("a.jsonl", "b.jsonl");
        Files.writeString(folder.resolve("x.txt"), "");
        assertThatThrownBy(() -> ContentSources.expand(List.of(folder.resolve("x.txt")))).isInstanceOf(InputException.class).hasMessageContaining("unknown content format");
        assertThatThrownBy(() -> ContentSources.expand(List.of(folder.resolve("missing.jsonl")))).hasMessageContaining("no such file or folder");
    }

    /** A key given twice (which author, which visibility?) makes the line unreadable, as a repeated CSV column does. */
    @Test
    void aKeyGivenTwiceMakesTheLineUnreadable() throws IOException {
        Path file = folder.resolve("dup.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"c-1\",\"member\":\"m-1\",\"member\":\"m-2\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"text\":\"hi\"}",
                "{\"id\":\"c-2\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"visibility\":\"private\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"text\":\"hi\"}",
                "{\"id\":\"c-3\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"text\":\"hi\"}") + "\n",
                StandardCharsets.UTF_8);
        List<SourceItem> items = read(file);
        assertThat(items.get(0).record()).isNull();
        assertThat(items.get(0).problem()).isEqualTo("field 'member' is given twice");
        assertThat(items.get(1).record()).isNull();
        assertThat(items.get(1).problem()).isEqualTo("field 'visibility' is given twice");
        assertThat(items.get(2).record().id()).isEqualTo("c-3");
    }

    /** Accepted at the start of the file (as in CSV); anywhere else it means files pasted together: that line is refused. */
    @Test
    void aByteOrderMarkOnlyAtTheStartOfTheFile() throws IOException {
        String line = "{\"id\":\"c-%d\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-01-01T00:00:00Z\",\"text\":\"hi\"}";
        Path file = folder.resolve("bom.jsonl");
        Files.writeString(file, "\uFEFF" + String.format(line, 1) + "\n\uFEFF" + String.format(line, 2) + "\n" + String.format(line, 3) + "\n", StandardCharsets.UTF_8);
        List<SourceItem> items = read(file);
        assertThat(items).extracting(SourceItem::line).containsExactly(1L, 2L, 3L);
        assertThat(items.get(0).record().id()).isEqualTo("c-1");
        assertThat(items.get(1).problem()).isEqualTo("a byte order mark is allowed only at the start of the file");
        assertThat(items.get(2).record().id()).isEqualTo("c-3");

        Path onlyBom = folder.resolve("only-bom.jsonl");
        Files.writeString(onlyBom, "\uFEFF\n" + String.format(line, 1) + "\n", StandardCharsets.UTF_8);
        assertThat(read(onlyBom)).extracting(SourceItem::line).containsExactly(2L);
    }
}
