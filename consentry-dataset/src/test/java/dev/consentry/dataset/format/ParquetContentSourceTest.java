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
import java.util.function.Consumer;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.consentry.dataset.io.InputException;

class ParquetContentSourceTest {
    private static final Instant AT = Instant.parse("2024-05-01T10:00:00.123456789Z");

    @TempDir
    Path dir;

    @Test
    void stringColumns_readAsRecords_numberedByRow_extraColumnsIgnored() throws IOException {
        MessageType schema = schema(Types.required(PrimitiveTypeName.INT32).named("views"),
                Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("createdAt"));
        Path file = write("c.parquet", schema, 0, List.of(
                row("p1", "m1", "post", "public", "hello", "en", g -> g.append("views", 3).append("createdAt", "2024-05-01T12:00:00+02:00")),
                row("p2", "m1", "tweet", "public", "private text", null, g -> g.append("views", 4).append("createdAt", "2024-05-01T10:00:00Z")),
                row("p3", "m2", "comment", "connections", "", "", g -> g.append("views", 5).append("createdAt", AT.toString()))));

        List<SourceItem> items = readAll(file);

        assertThat(items).extracting(SourceItem::line).containsExactly(1L, 2L, 3L);
        assertThat(items.get(0).record()).isEqualTo(
                new ContentRecord("p1", "m1", "post", "public", Instant.parse("2024-05-01T10:00:00Z"), "hello", "en"));
        assertThat(items.get(1).problem()).startsWith("field 'kind' is not one of").doesNotContain("private text");
        assertThat(items.get(2).record()).isEqualTo(new ContentRecord("p3", "m2", "comment", "connections", AT, "", null));
    }

    @ParameterizedTest
    @EnumSource(TimeUnit.class)
    void timestampCreatedAt_readsAsTheSameInstant(TimeUnit unit) throws IOException {
        MessageType schema = schema(Types.required(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, unit)).named("createdAt"));
        Instant before1970 = Instant.parse("1969-12-31T23:59:59.999Z");
        Path file = write("c.parquet", schema, 0, List.of(
                row("p1", "m1", "post", "public", "a", "en", g -> g.append("createdAt", epoch(AT, unit))),
                row("p2", "m1", "post", "public", "b", "en", g -> g.append("createdAt", epoch(before1970, unit)))));

        List<SourceItem> items = readAll(file);

        Instant expected = switch (unit) {
            case MILLIS -> Instant.parse("2024-05-01T10:00:00.123Z");
            case MICROS -> Instant.parse("2024-05-01T10:00:00.123456Z");
            case NANOS -> AT;
        };
        assertThat(items).extracting(item -> item.record().createdAt()).containsExactly(expected, before1970);
    }

    @Test
    void int96CreatedAt_asSparkAndHiveWriteIt() throws IOException {
        MessageType schema = schema(Types.required(PrimitiveTypeName.INT96).named("createdAt"));
        // Julian day 2460432 is 2024-05-01.
        NanoTime time = new NanoTime(2_460_432, (10 * 3600L) * 1_000_000_000L + 123_456_789L);
        Path file = write("c.parquet", schema, 0, List.of(row("p1", "m1", "post", "public", "a", "en", g -> g.append("createdAt", time))));

        assertThat(readAll(file)).singleElement().satisfies(item -> assertThat(item.record().createdAt()).isEqualTo(AT));
    }

    @Test
    void rowNumbers_continueAcrossRowGroups() throws IOException {
        MessageType schema = schema(Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("createdAt"));
        List<Consumer<Group>> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String id = "p" + i;
            rows.add(row(id, "m1", i % 1000 == 999 ? "bad" : "post", "public", "text " + i, "en", g -> g.append("createdAt", AT.toString())));
        }
        Path file = write("c.parquet", schema, 1024, rows);
        try (ParquetFileReader reader = new ParquetFileReader(new LocalInputFile(file),
                org.apache.parquet.ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            assertThat(reader.getRowGroups()).hasSizeGreaterThan(2);
        }

        List<SourceItem> items = new ArrayList<>();
        try (ContentSource source = ContentSources.open(file)) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
                assertThat(source.bytesRead()).isBetween(1L, Files.size(file));
            }
            assertThat(source.bytesRead()).isEqualTo(Files.size(file));
        }

        assertThat(items).hasSize(3_000);
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).line()).isEqualTo(i + 1);
            assertThat(items.get(i).isOk()).isEqualTo(i % 1000 != 999);
            if (items.get(i).isOk()) {
                assertThat(items.get(i).record().id()).isEqualTo("p" + i);
            }
        }
    }

    @Test
    void invalidUtf8OrNull_rejectsThatRowOnly() throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("member")
                .required(PrimitiveTypeName.BINARY).named("kind")
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.enumType()).named("visibility")
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("createdAt")
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("text")
                .named("content");
        Path file = write("c.parquet", schema, 0, List.of(
                g -> g.append("id", "p1").append("member", "m1").append("kind", "post").append("visibility", "public")
                        .append("createdAt", AT.toString()).append("text", Binary.fromConstantByteArray(new byte[] {'a', (byte) 0xE9})),
                g -> g.append("id", "p2").append("kind", "post").append("visibility", "public").append("createdAt", AT.toString()).append("text", "b"),
                g -> g.append("id", "p3").append("member", "m1").append("kind", "post").append("visibility", "public")
                        .append("createdAt", AT.toString()).append("text", "caf\u00e9")));

        List<SourceItem> items = readAll(file);

        assertThat(items).extracting(SourceItem::problem)
                .containsExactly("field 'text' is not valid UTF-8", "missing field 'member'", null);
        assertThat(items.get(2).record().text()).isEqualTo("caf\u00e9");
    }

    @Test
    void wrongColumnTypes_andMissingColumns_areOneInputExceptionNamingEach() throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT64).named("id")
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("kind")
                .required(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MICROS)).named("createdAt")
                .repeated(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("text")
                .named("content");
        Path file = write("c.parquet", schema, 0, List.of(g -> g.append("id", 1L).append("kind", "post").append("createdAt", 0L)));

        assertThatThrownBy(() -> ContentSources.open(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
                        file + ": column 'id' is required INT64; expected a string",
                        file + ": missing column 'member'",
                        file + ": missing column 'visibility'",
                        file + ": column 'createdAt' is required INT64 TIMESTAMP(MICROS,false); a timestamp without a time zone"
                                + " names no instant; expected a string or a timestamp adjusted to UTC",
                        file + ": column 'text' is repeated BINARY STRING; expected a single value, not a group or a list"));
    }

    @Test
    void notAParquetFile_isAnInputExceptionNamingIt() throws IOException {
        Path csv = dir.resolve("content.parquet");
        Files.writeString(csv, "id,member,kind,visibility,createdAt,text\n", StandardCharsets.UTF_8);
        Path tiny = dir.resolve("tiny.parquet");
        Files.writeString(tiny, "PAR1", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.parquet");

        assertThatThrownBy(() -> ContentSources.open(csv)).isInstanceOf(InputException.class).hasMessageStartingWith(csv + ": not a Parquet file");
        assertThatThrownBy(() -> ContentSources.open(tiny)).isInstanceOf(InputException.class).hasMessageStartingWith(tiny + ": not a Parquet file");
        assertThatThrownBy(() -> ContentSources.open(missing)).isInstanceOf(InputException.class).hasMessage(missing + ": no such file");
    }

    @Test
    void corruptFooter_isAnInputExceptionNamingIt() throws IOException {
        Path file = dir.resolve("corrupt.parquet");
        byte[] bytes = new byte[64];
        System.arraycopy("PAR1".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("PAR1".getBytes(StandardCharsets.US_ASCII), 0, bytes, 60, 4);
        bytes[56] = 20;
        Files.write(file, bytes);

        assertThatThrownBy(() -> ContentSources.open(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": cannot read the Parquet footer");
    }

    private static long epoch(Instant instant, TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> instant.toEpochMilli();
            case MICROS -> Math.multiplyExact(instant.getEpochSecond(), 1_000_000L) + instant.getNano() / 1_000;
            case NANOS -> Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L) + instant.getNano();
        };
    }

    /** The string columns every test has, then the ones the test adds (createdAt among them). */
    private static MessageType schema(Type... added) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (String name : List.of("id", "member", "kind", "visibility", "text")) {
            builder.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
        }
        builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("lang");
        for (Type type : added) {
            builder.addField(type);
        }
        return builder.named("content");
    }

    private static Consumer<Group> row(String id, String member, String kind, String visibility, String text, String lang,
            Consumer<Group> rest) {
        return g -> {
            g.append("id", id).append("member", member).append("kind", kind).append("visibility", visibility).append("text", text);
            if (lang != null) {
                g.append("lang", lang);
            }
            rest.accept(g);
        };
    }

    private Path write(String name, MessageType schema, int rowGroupBytes, List<Consumer<Group>> rows) throws IOException {
        Path file = dir.resolve(name);
        ExampleParquetWriter.Builder builder = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration()).withType(schema);
        if (rowGroupBytes > 0) {
            builder.withRowGroupSize((long) rowGroupBytes).withPageSize(512).withMinRowCountForPageSizeCheck(10);
        }
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = builder.build()) {
            for (Consumer<Group> row : rows) {
                Group group = groups.newGroup();
                row.accept(group);
                writer.write(group);
            }
        }
        return file;
    }

    private static List<SourceItem> readAll(Path file) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        try (ContentSource source = ContentSources.open(file)) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }
        return items;
    }
}
