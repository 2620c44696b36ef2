package dev.consentry.dataset.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

import dev.consentry.dataset.io.InputException;

/**
 * Reads chosen top-level columns of a Parquet file row by row, each value as text, for the
 * content source and the shard reader alike. Only the chosen columns are decoded (a projection),
 * and one row group is in memory at a time.
 *
 * <p>Types are checked once, against the file's schema, not row by row: a column of the wrong
 * type would make every row wrong, so it is an {@link InputException} naming the file and the
 * column. Text columns are {@code BINARY} (with or without the {@code STRING} annotation), decoded
 * as strict UTF-8; a value that is not UTF-8 is a problem of that row only. Instant columns are
 * also accepted as {@code INT64 TIMESTAMP(MILLIS|MICROS|NANOS)} adjusted to UTC and as the legacy
 * {@code INT96} timestamps Spark and Hive write; they are handed on as ISO-8601 text in UTC. A
 * timestamp not adjusted to UTC names no instant, so it is refused.
 *
 * <p>A file that is not Parquet (no {@code PAR1} at both ends), has an unreadable footer, or has a
 * row group that cannot be decoded is an {@link InputException} naming the file (and the row
 * group): nothing after a broken row group can be trusted to line up.
 *
 * <p>The local file is read through {@link LocalInputFile} with a {@link PlainParquetConfiguration},
 * so no Hadoop {@code FileSystem} or {@code Configuration} is set up.
 */
final class ParquetRows implements AutoCloseable {
    /** A column to read: whether a row may lack it, and whether it holds an instant. */
    record Column(String name, boolean required, boolean instant) {
        static Column text(String name) {
            return new Column(name, true, false);
        }

        static Column optionalText(String name) {
            return new Column(name, false, false);
        }

        static Column instant(String name) {
            return new Column(name, true, true);
        }
    }

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    /** Days from the Julian day 0 of INT96 timestamps to 1970-01-01. */
    private static final long JULIAN_EPOCH_DAY = 2_440_588L;

    private final String name;
    private final ParquetFileReader reader;
    private final MessageColumnIO columnIO;
    private final List<BlockMetaData> rowGroups;
    private final long fileLength;
    private final Values values;
    private RecordReader<Values> records;
    private int rowGroup;
    private long rowsLeft;
    private long row;
    private volatile long bytesRead;

    private ParquetRows(String name, ParquetFileReader reader, MessageColumnIO columnIO, long fileLength, Values values) {
        this.name = name;
        this.reader = reader;
        this.columnIO = columnIO;
        this.rowGroups = reader.getRowGroups();
        this.fileLength = fileLength;
        this.values = values;
    }

    /** Opens the file and checks its schema; an {@link InputException} names every problem. */
    static ParquetRows open(Path file, List<Column> columns) {
        String name = file.toString();
        long length = checkMagic(file, name);
        ParquetFileReader reader;
        try {
            reader = new ParquetFileReader(new LocalInputFile(file),
                    ParquetReadOptions.builder(new PlainParquetConfiguration()).build());
        } catch (IOException | RuntimeException e) {
            throw new InputException(name + ": cannot read the Parquet footer (" + e.getMessage() + ")");
        }
        try {
            MessageType schema = reader.getFileMetaData().getSchema();
            List<String> problems = new ArrayList<>();
            List<Type> projected = new ArrayList<>();
            List<Converter> converters = new ArrayList<>();
            Values values = new Values(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (!schema.containsField(column.name())) {
                    if (column.required()) {
                        problems.add(name + ": missing column '" + column.name() + "'");
                    }
                    continue;
                }
                Type type = schema.getType(column.name());
                String problem = typeProblem(column, type);
                if (problem != null) {
                    problems.add(name + ": column '" + column.name() + "' is " + describe(type) + "; " + problem);
                    continue;
                }
                projected.add(type);
                converters.add(converter(column, type.asPrimitiveType(), values, i));
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            MessageType projection = new MessageType(schema.getName(), projected);
            reader.setRequestedSchema(projection);
            values.converters = converters.toArray(new Converter[0]);
            MessageColumnIO columnIO = new ColumnIOFactory().getColumnIO(projection, schema);
            return new ParquetRows(name, reader, columnIO, length, values);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    /** Moves to the next row; false at the end of the file. */
    boolean next() {
        try {
            while (rowsLeft == 0) {
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) {
                    bytesRead = fileLength;
                    return false;
                }
                BlockMetaData group = rowGroups.get(rowGroup++);
                bytesRead = group.getStartingPos() + group.getCompressedSize();
                rowsLeft = pages.getRowCount();
                records = columnIO.getRecordReader(pages, values);
            }
            records.read();
        } catch (IOException | RuntimeException e) {
            throw new InputException(name + ": row group " + rowGroup + ": cannot read (" + e.getMessage() + ")");
        }
        rowsLeft--;
        row++;
        return true;
    }

    /** The 1-based number of the current row in the file. */
    long row() {
        return row;
    }

    /** The current row's value of the column at this index of the list given to {@link #open}; null when absent. */
    String text(int column) {
        return values.text[column];
    }

    /** Why the current row's value of that column could not be read, or null. */
    String problem(int column) {
        return values.problems[column];
    }

    String name() {
        return name;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static long checkMagic(Path file, String name) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            ByteBuffer head = ByteBuffer.allocate(4);
            ByteBuffer tail = ByteBuffer.allocate(4);
            if (length >= 12) {
                channel.read(head, 0);
                channel.read(tail, length - 4);
            }
            if (length < 12 || !Arrays.equals(head.array(), MAGIC) || !Arrays.equals(tail.array(), MAGIC)) {
                throw new InputException(name + ": not a Parquet file (it does not start and end with PAR1)");
            }
            return length;
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static String typeProblem(Column column, Type type) {
        if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
            return "expected a single value, not a group or a list";
        }
        PrimitiveType primitive = type.asPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        if (primitive.getPrimitiveTypeName() == PrimitiveTypeName.BINARY && isText(logical)) {
            return null;
        }
        if (!column.instant()) {
            return "expected a string";
        }
        if (primitive.getPrimitiveTypeName() == PrimitiveTypeName.INT96) {
            return null;
        }
        if (primitive.getPrimitiveTypeName() == PrimitiveTypeName.INT64
                && logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
            return timestamp.isAdjustedToUTC() ? null
                    : "a timestamp without a time zone names no instant; expected a string or a timestamp adjusted to UTC";
        }
        return "expected a string or a timestamp adjusted to UTC";
    }

    private static boolean isText(LogicalTypeAnnotation logical) {
        return logical == null || logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
    }

    private static String describe(Type type) {
        if (!type.isPrimitive()) {
            return "a group";
        }
        PrimitiveType primitive = type.asPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        return type.getRepetition().name().toLowerCase(Locale.ROOT) + " " + primitive.getPrimitiveTypeName()
                + (logical == null ? "" : " " + logical);
    }

    private static Converter converter(Column column, PrimitiveType type, Values values, int index) {
        if (type.getPrimitiveTypeName() == PrimitiveTypeName.INT96) {
            return new PrimitiveConverter() {
                @Override
                public void addBinary(Binary value) {
                    values.text[index] = int96(value).toString();
                }
            };
        }
        if (type.getPrimitiveTypeName() == PrimitiveTypeName.INT64) {
            LogicalTypeAnnotation.TimeUnit unit = ((LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) type.getLogicalTypeAnnotation()).getUnit();
            return new PrimitiveConverter() {
                @Override
                public void addLong(long value) {
                    values.text[index] = instant(value, unit).toString();
                }
            };
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new PrimitiveConverter() {
            @Override
            public void addBinary(Binary value) {
                try {
                    values.text[index] = decoder.reset().decode(value.toByteBuffer()).toString();
                } catch (CharacterCodingException e) {
                    values.problems[index] = "field '" + column.name() + "' is not valid UTF-8";
                }
            }
        };
    }

    static Instant instant(long value, LogicalTypeAnnotation.TimeUnit unit) {
        return switch (unit) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
        };
    }

    /** INT96: nanoseconds of the day (8 bytes) then the Julian day (4 bytes), both little-endian. */
    static Instant int96(Binary value) {
        ByteBuffer bytes = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bytes.getLong();
        long julianDay = Integer.toUnsignedLong(bytes.getInt());
        return Instant.ofEpochSecond((julianDay - JULIAN_EPOCH_DAY) * 86_400L).plusNanos(nanosOfDay);
    }

    private static void closeQuietly(ParquetFileReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the open failed already; that is the error to report
        }
    }

    /** The current row: one slot per chosen column, cleared before each row. */
    private static final class Values extends RecordMaterializer<Values> {
        final String[] text;
        final String[] problems;
        Converter[] converters;
        private final GroupConverter root = new GroupConverter() {
            @Override
            public Converter getConverter(int fieldIndex) {
                return converters[fieldIndex];
            }

            @Override
            public void start() {
                Arrays.fill(text, null);
                Arrays.fill(problems, null);
            }

            @Override
            public void end() {
                // the values are read in place
            }
        };

        Values(int columns) {
            this.text = new String[columns];
            this.problems = new String[columns];
        }

        @Override
        public Values getCurrentRecord() {
            return this;
        }

        @Override
        public GroupConverter getRootConverter() {
            return root;
        }
    }
}
