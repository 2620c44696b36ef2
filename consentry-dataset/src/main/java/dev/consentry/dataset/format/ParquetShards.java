package dev.consentry.dataset.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.codec.ZstandardCodec;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import dev.consentry.dataset.io.InputException;

/**
 * Shards as Parquet, ZSTD-compressed:
 *
 * <pre>
 * message shard {
 *   required binary id (STRING);
 *   required binary text (STRING);
 *   required binary kind (STRING);
 *   optional binary lang (STRING);
 *   required binary createdAt (STRING);
 * }
 * </pre>
 *
 * <p>{@code createdAt} is the ISO-8601 text of the instant in UTC, exactly as in the JSON Lines
 * shards ({@link Instant#toString()}), not a {@code TIMESTAMP}: an instant keeps its nanoseconds
 * and every year, a {@code TIMESTAMP(NANOS)} would only cover 1677–2262 and a {@code MICROS} one
 * would lose digits, and both formats read back to the same {@link Instant}.
 *
 * <p>Reproducible: the same records in the same order give the same bytes. The footer holds no
 * clock, host or path — its {@code created_by} names the Parquet version only — and ZSTD at a fixed
 * level is deterministic. A Parquet upgrade may change {@code created_by} and so the bytes.
 *
 * <p>Memory: a row group is buffered before it is written, so its size bounds the writer's heap.
 * Dictionary encoding is kept for the columns with few values ({@code kind}, {@code lang}) only,
 * and {@code text} carries no min/max statistics, which would copy whole texts into the metadata.
 */
final class ParquetShards {
    static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("text")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("kind")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("lang")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("createdAt")
            .named("shard");

    static final long ROW_GROUP_BYTES = 64L << 20;
    static final CompressionCodecName CODEC = CompressionCodecName.ZSTD;
    /** Pinned rather than left to a default or a *-site.xml on the class path: it changes the bytes. */
    static final int ZSTD_LEVEL = 3;

    private static final List<ParquetRows.Column> COLUMNS = List.of(
            ParquetRows.Column.text("id"),
            ParquetRows.Column.text("text"),
            ParquetRows.Column.text("kind"),
            ParquetRows.Column.optionalText("lang"),
            ParquetRows.Column.instant("createdAt"));

    private ParquetShards() {}

    static ShardWriter writer(Path file) {
        ParquetWriter<ShardRecord> writer;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = new Builder(new LocalOutputFile(file))
                    .withConf(new PlainParquetConfiguration())
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CODEC)
                    .config(ZstandardCodec.PARQUET_COMPRESS_ZSTD_LEVEL, Integer.toString(ZSTD_LEVEL))
                    .withRowGroupSize(ROW_GROUP_BYTES)
                    .withDictionaryEncoding(false)
                    .withDictionaryEncoding("kind", true)
                    .withDictionaryEncoding("lang", true)
                    .withStatisticsEnabled("text", false)
                    .build();
        } catch (IOException e) {
            throw new InputException(file + ": cannot write (" + e.getMessage() + ")");
        }
        return new ShardWriter() {
            @Override
            public void write(ShardRecord record) throws IOException {
                writer.write(record);
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    static ShardReader reader(Path file) {
        ParquetRows rows = ParquetRows.open(file, COLUMNS);
        return new ShardReader() {
            @Override
            public ShardRecord next() throws IOException {
                if (!rows.next()) {
                    return null;
                }
                for (int column = 0; column < COLUMNS.size(); column++) {
                    if (rows.problem(column) != null) {
                        throw new IOException(rows.name() + ": row " + rows.row() + ": " + rows.problem(column));
                    }
                }
                try {
                    return new ShardRecord(rows.text(0), rows.text(1), rows.text(2), rows.text(3), Instant.parse(rows.text(4)));
                } catch (NullPointerException | DateTimeParseException e) {
                    throw new IOException(rows.name() + ": row " + rows.row() + ": not a shard record (" + e.getMessage() + ")", e);
                }
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    /** Writes each record as one row of {@link #SCHEMA}. */
    private static final class ShardWriteSupport extends WriteSupport<ShardRecord> {
        private RecordConsumer consumer;

        // Still abstract though deprecated; the writer calls the ParquetConfiguration overload.
        @Override
        @SuppressWarnings("deprecation")
        public WriteContext init(Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public String getName() {
            return "consentry-shard";
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(ShardRecord record) {
            consumer.startMessage();
            field("id", 0, record.id());
            field("text", 1, record.text());
            field("kind", 2, record.kind());
            if (record.lang() != null) {
                field("lang", 3, record.lang());
            }
            field("createdAt", 4, record.createdAt().toString());
            consumer.endMessage();
        }

        private void field(String name, int index, String value) {
            consumer.startField(name, index);
            consumer.addBinary(Binary.fromString(value));
            consumer.endField(name, index);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<ShardRecord, Builder> {
        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        // Still abstract though deprecated; build() calls the ParquetConfiguration overload.
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<ShardRecord> getWriteSupport(Configuration configuration) {
            return new ShardWriteSupport();
        }

        @Override
        protected WriteSupport<ShardRecord> getWriteSupport(ParquetConfiguration configuration) {
            return new ShardWriteSupport();
        }
    }
}
