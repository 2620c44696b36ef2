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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.dataset.io.InputException;

class ParquetShardsTest {
    @TempDir
    Path dir;

    @Test
    void shardReadsBackEqualToTheRecordsWritten_andToTheJsonLinesShard() throws IOException {
        List<ShardRecord> records = records(2_000);
        Path parquet = dir.resolve("part-00000.parquet");
        Path jsonl = dir.resolve("part-00000.jsonl.zst");
        write(ShardFormat.PARQUET, parquet, records);
        write(ShardFormat.JSONL_ZST, jsonl, records);

        List<ShardRecord> fromParquet = read(ShardFormat.PARQUET, parquet);

        assertThat(fromParquet).isEqualTo(records);
        assertThat(fromParquet).isEqualTo(read(ShardFormat.JSONL_ZST, jsonl));
    }

    @Test
    void emptyShard_readsBackEmpty() throws IOException {
        Path file = dir.resolve("empty.parquet");
        write(ShardFormat.PARQUET, file, List.of());

        assertThat(read(ShardFormat.PARQUET, file)).isEmpty();
    }

    @Test
    void sameRecords_giveByteIdenticalFiles() throws IOException {
        List<ShardRecord> records = records(5_000);
        Path first = dir.resolve("a/part.parquet");
        Path second = dir.resolve("b/part.parquet");
        write(ShardFormat.PARQUET, first, records);
        write(ShardFormat.PARQUET, second, records);
        write(ShardFormat.PARQUET, second, records);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void sameRecords_giveByteIdenticalFiles_inAnotherJvm() throws Exception {
        Path here = dir.resolve("here.parquet");
        Path there = dir.resolve("there.parquet");
        write(ShardFormat.PARQUET, here, records(5_000));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParquetShardsTest.class.getName(), there.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();

        assertThat(Files.readAllBytes(there)).isEqualTo(Files.readAllBytes(here));
    }

    /** Writes the test records to the file named, in a JVM of its own. */
    public static void main(String[] args) throws IOException {
        write(ShardFormat.PARQUET, Path.of(args[0]), records(5_000));
    }

    @Test
    void footer_holdsTheSchemaCodecAndNoClockOrPath() throws IOException {
        Path file = dir.resolve("part.parquet");
        write(ShardFormat.PARQUET, file, records(10));

        try (ParquetFileReader reader = new ParquetFileReader(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            FileMetaData meta = reader.getFileMetaData();
            assertThat(meta.getSchema()).isEqualTo(ParquetShards.SCHEMA);
            assertThat(meta.getCreatedBy()).startsWith("parquet-mr version 1.18.1");
            assertThat(meta.getKeyValueMetaData()).isEqualTo(Map.of("writer.model.name", "consentry-shard"));
            for (BlockMetaData group : reader.getRowGroups()) {
                for (ColumnChunkMetaData column : group.getColumns()) {
                    assertThat(column.getCodec()).isEqualTo(ParquetShards.CODEC);
                }
            }
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(dir.toString());
    }

    @Test
    void notAParquetFile_isAnInputExceptionNamingIt() throws IOException {
        Path jsonl = dir.resolve("part.parquet");
        Files.writeString(jsonl, "{\"id\":\"p1\"}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ShardFormat.PARQUET.read(jsonl))
                .isInstanceOf(InputException.class).hasMessageStartingWith(jsonl + ": not a Parquet file");
    }

    /** Texts of every shape, lang sometimes unknown, instants down to the nanosecond and far from 1970. */
    static List<ShardRecord> records(int count) {
        List<String> kinds = List.copyOf(new java.util.TreeSet<>(ContentRecord.KINDS));
        List<ShardRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = switch (i % 5) {
                case 0 -> "";
                case 1 -> "post " + i + " with \"quotes\", commas\nand lines";
                case 2 -> "caf\u00e9 \u4e2d\u6587 \ud83d\ude00 " + i;
                case 3 -> "[EMAIL] wrote " + "long ".repeat(i % 300);
                default -> "plain " + i;
            };
            String lang = i % 3 == 0 ? null : i % 3 == 1 ? "en" : "de";
            Instant createdAt = switch (i % 4) {
                case 0 -> Instant.ofEpochSecond(1_714_557_600L + i, 123_456_789);
                case 1 -> Instant.ofEpochSecond(1_714_557_600L - i * 86_400L * 200);
                case 2 -> Instant.parse("2999-12-31T23:59:59.000000001Z");
                default -> Instant.ofEpochMilli(1_000L * i + 7);
            };
            records.add(new ShardRecord("p" + i, text, kinds.get(i % kinds.size()), lang, createdAt));
        }
        return records;
    }

    static void write(ShardFormat format, Path file, List<ShardRecord> records) throws IOException {
        try (ShardWriter writer = format.open(file)) {
            for (ShardRecord record : records) {
                writer.write(record);
            }
        }
    }

    static List<ShardRecord> read(ShardFormat format, Path file) throws IOException {
        List<ShardRecord> records = new ArrayList<>();
        try (ShardReader reader = format.read(file)) {
            for (ShardRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
