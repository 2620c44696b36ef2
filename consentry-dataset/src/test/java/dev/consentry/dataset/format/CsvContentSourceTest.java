package dev.consentry.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.consentry.dataset.io.InputException;

class CsvContentSourceTest {
    private static final String HEADER = "id,member,kind,visibility,createdAt,text,lang\n";

    @TempDir
    Path dir;

    @Test
    void headerInAnyOrder_extraColumnsIgnored() throws IOException {
        Path file = write("c.csv", "text,extra,createdAt,lang,visibility,kind,member,id\n"
                + "hello,ignored,2024-05-01T10:00:00Z,en,public,post,m1,p1\n");

        List<SourceItem> items = readAll(file);

        assertThat(items).containsExactly(SourceItem.of(file.toString(), 2,
                new ContentRecord("p1", "m1", "post", "public", Instant.parse("2024-05-01T10:00:00Z"), "hello", "en")));
    }

    @Test
    void quotedFields_holdCommasQuotesAndLineBreaks_andARecordIsNumberedByItsFirstLine() throws IOException {
        Path file = write("c.csv", HEADER
                + "p1,m1,post,public,2024-05-01T10:00:00+02:00,\"one, two\",en\n"
                + "p2,m1,post,public,2024-05-01T10:00:00Z,\"she said \"\"hi\"\"\nand left\r\nagain\",\n"
                + "p3,m1,comment,public,2024-05-01T10:00:00Z,\"\",\"\"\n");

        List<SourceItem> items = readAll(file);

        assertThat(items).extracting(SourceItem::line).containsExactly(2L, 3L, 6L);
        assertThat(items).extracting(item -> item.record().text())
                .containsExactly("one, two", "she said \"hi\"\nand left\r\nagain", "");
        assertThat(items.get(0).record().createdAt()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        assertThat(items.get(1).record().lang()).isNull();
        assertThat(items.get(2).record().lang()).isNull();
    }

    @Test
    void crlfLineEnds() throws IOException {
        Path file = write("c.csv", HEADER.replace("\n", "\r\n")
                + "p1,m1,post,public,2024-05-01T10:00:00Z,a,en\r\n"
                + "p2,m1,post,public,2024-05-01T10:00:00Z,\"b\",de\r\n");

        List<SourceItem> items = readAll(file);

        assertThat(items).extracting(item -> item.record().text()).containsExactly("a", "b");
        assertThat(items).extracting(item -> item.record().lang()).containsExactly("en", "de");
        assertThat(items).extracting(SourceItem::line).containsExactly(2L, 3L);
    }

    @Test
    void byteOrderMarkAtFileStart_isSkipped() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (HEADER + "p1,m1,post,public,2024-05-01T10:00:00Z,a,en\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(readAll(file)).singleElement().satisfies(item -> assertThat(item.record().id()).isEqualTo("p1"));
    }

    @Test
    void emptyLines_areSkippedButCounted() throws IOException {
        Path file = write("c.csv", "\n" + HEADER + "\n\r\n"
                + "p1,m1,post,public,2024-05-01T10:00:00Z,a,en\n\n"
                + "p2,m1,post,public,2024-05-01T10:00:00Z,b,en");

        assertThat(readAll(file)).extracting(SourceItem::line).containsExactly(5L, 7L);
    }

    @Test
    void missingColumns_areAnInputExceptionNamingFileAndEveryColumn() throws IOException {
        Path file = write("c.csv", "id,member,kind,createdAt,lang\np1,m1,post,2024-05-01T10:00:00Z,en\n");

        assertThatThrownBy(() -> CsvContentSource.open(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file + ":1: missing column 'visibility'")
                .hasMessageContaining(file + ":1: missing column 'text'");
    }

    @Test
    void duplicateColumn_isAnInputException() throws IOException {
        Path file = write("c.csv", "id,member,kind,visibility,createdAt,text,id\n");

        assertThatThrownBy(() -> CsvContentSource.open(file))
                .isInstanceOf(InputException.class).hasMessage(file + ":1: column 'id' appears more than once");
    }

    @Test
    void emptyFileOrMissingFile_isAnInputExceptionNamingIt() throws IOException {
        Path empty = write("empty.csv", "");
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> CsvContentSource.open(empty)).isInstanceOf(InputException.class).hasMessageStartingWith(empty + ": empty file");
        assertThatThrownBy(() -> CsvContentSource.open(missing)).isInstanceOf(InputException.class).hasMessage(missing + ": no such file");
    }

    @Test
    void badRecords_areRejectedWithTheirLine_andLaterRecordsStillRead() throws IOException {
        Path file = write("c.csv", HEADER
                + "p1,m1,post,public,2024-05-01T10:00:00Z,\"spans\ntwo lines\",en\n"
                + "p2,m1,tweet,public,yesterday,secret text,en\n"
                + "p3,m1,post,public,2024-05-01T10:00:00Z,too,many,fields\n"
                + "p4,m1,post,public,2024-05-01T10:00:00Z,short\n"
                + "p5,,post,public,2024-05-01T10:00:00Z,x,en\n"
                + "p6,m1,post,public,2024-05-01T10:00:00Z,fine,en\n");

        List<SourceItem> items = readAll(file);

        assertThat(items).extracting(SourceItem::line).containsExactly(2L, 4L, 5L, 6L, 7L, 8L);
        assertThat(items).extracting(SourceItem::isOk).containsExactly(true, false, false, false, false, true);
        assertThat(items.get(1).problem()).contains("field 'kind'").contains("field 'createdAt'").doesNotContain("secret");
        assertThat(items.get(2).problem()).isEqualTo("record has 8 fields; the header has 7");
        assertThat(items.get(3).problem()).isEqualTo("record has 6 fields; the header has 7");
        assertThat(items.get(4).problem()).isEqualTo("field 'member' is empty");
        assertThat(items.get(5).record().id()).isEqualTo("p6");
    }

    @Test
    void badQuoting_rejectsThatRecordOnly() throws IOException {
        Path file = write("c.csv", HEADER
                + "p1,m1,post,public,2024-05-01T10:00:00Z,a \"quote\" inside,en\n"
                + "p2,m1,post,public,2024-05-01T10:00:00Z,\"closed\" then text,en\n"
                + "p3,m1,post,public,2024-05-01T10:00:00Z,fine,en\n");

        List<SourceItem> items = readAll(file);

        assertThat(items).extracting(SourceItem::problem)
                .containsExactly("quote inside an unquoted field", "text after a closing quote", null);
    }

    @Test
    void unterminatedQuoteAtEndOfFile_rejectsThatRecord() throws IOException {
        Path file = write("c.csv", HEADER
                + "p1,m1,post,public,2024-05-01T10:00:00Z,fine,en\n"
                + "p2,m1,post,public,2024-05-01T10:00:00Z,\"never closed,en\n"
                + "p3,m1,post,public,2024-05-01T10:00:00Z,swallowed,en\n");

        List<SourceItem> items = readAll(file);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).isOk()).isTrue();
        assertThat(items.get(1).line()).isEqualTo(3);
        assertThat(items.get(1).problem()).isEqualTo("quoted field not closed before the end of the file");
    }

    @Test
    void invalidUtf8_rejectsThatRecordOnly() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, concat(
                (HEADER + "p1,m1,post,public,2024-05-01T10:00:00Z,\"multi\nline ").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9, (byte) 0xC3},
                "\",en\np2,m1,post,public,2024-05-01T10:00:00Z,caf\u00e9 \u2713,en\n".getBytes(StandardCharsets.UTF_8)));

        List<SourceItem> items = readAll(file);

        assertThat(items).extracting(SourceItem::line).containsExactly(2L, 4L);
        assertThat(items.get(0).problem()).isEqualTo("not valid UTF-8");
        assertThat(items.get(1).record().text()).isEqualTo("caf\u00e9 \u2713");
    }

    @Test
    void recordLongerThanTheLimit_isRejectedWithoutHoldingIt() throws IOException {
        Path file = write("c.csv", HEADER
                + "p1,m1,post,public,2024-05-01T10:00:00Z,\"" + "x".repeat(500) + "\n" + "y".repeat(500) + "\",en\n"
                + "p2,m1,post,public,2024-05-01T10:00:00Z,short,en\n");

        List<SourceItem> items = new ArrayList<>();
        try (ContentSource source = CsvContentSource.open(file, 200)) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }

        assertThat(items).extracting(SourceItem::line).containsExactly(2L, 4L);
        assertThat(items.get(0).problem()).isEqualTo("record longer than 200 bytes");
        assertThat(items.get(1).record().text()).isEqualTo("short");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c.csv", "c.csv.gz", "c.csv.zst"})
    void compressedByName_andBytesReadReachTheStoredSize(String name) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            csv.append("p").append(i).append(",m").append(i % 7).append(",post,public,2024-05-01T10:00:00Z,\"text, ")
                    .append(i).append("\",en\n");
        }
        Path file = dir.resolve(name);
        Files.write(file, compress(name, csv.toString().getBytes(StandardCharsets.UTF_8)));

        try (ContentSource source = ContentSources.open(file)) {
            long count = 0;
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                assertThat(item.record().text()).isEqualTo("text, " + count);
                assertThat(item.line()).isEqualTo(count + 2);
                count++;
            }
            assertThat(count).isEqualTo(5_000);
            assertThat(source.bytesRead()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void notGzipThoughNamedSo_isAnInputException() throws IOException {
        Path file = write("c.csv.gz", HEADER);

        assertThatThrownBy(() -> CsvContentSource.open(file)).isInstanceOf(InputException.class).hasMessageStartingWith(file + ": not valid gzip data, corrupt or truncated (Not in GZIP format");
    }

    /** A BOM opens the file, or it is two files pasted together: then the record is refused with its line. */
    @Test
    void aByteOrderMarkOnlyAtTheStartOfTheFile() throws IOException {
        Path file = write("c.csv", "\uFEFF" + HEADER
                + "p1,m1,post,public,2024-05-01T10:00:00Z,hello,en\n"
                + "\uFEFFp2,m1,post,public,2024-05-01T10:00:00Z,hello,en\n"
                + "p3,m1,post,public,2024-05-01T10:00:00Z,\"\uFEFF inside a text is a character\",en\n");
        List<SourceItem> items = readAll(file);
        assertThat(items).extracting(SourceItem::line).containsExactly(2L, 3L, 4L);
        assertThat(items.get(0).record().id()).isEqualTo("p1");
        assertThat(items.get(1).problem()).isEqualTo("a byte order mark is allowed only at the start of the file");
        assertThat(items.get(2).record().text()).isEqualTo("\uFEFF inside a text is a character");

        Path twice = write("twice.csv", "\uFEFF\uFEFF" + HEADER);
        assertThatThrownBy(() -> readAll(twice)).isInstanceOf(InputException.class)
                .hasMessage(twice + ":1: a byte order mark is allowed only at the start of the file");
    }

    private List<SourceItem> readAll(Path file) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        try (ContentSource source = ContentSources.open(file)) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }
        return items;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] compress(String name, byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(buffer)
                : name.endsWith(".zst") ? new ZstdOutputStream(buffer) : buffer) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }
}
