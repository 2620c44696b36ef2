package dev.consentry.dataset.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text holds — separators, quotes, line breaks, any Unicode — a CSV written the
 * plain RFC 4180 way (the reference model here) reads back to the same records, each numbered by
 * the line it starts on.
 */
class CsvRoundTripPropertyTest {
    @Property(tries = 200)
    void writtenRecordsReadBack(@ForAll("records") List<ContentRecord> records, @ForAll boolean crlf, @ForAll boolean quoteAll)
            throws IOException {
        String newline = crlf ? "\r\n" : "\n";
        StringBuilder csv = new StringBuilder("lang,text,id,member,kind,visibility,createdAt" + newline);
        List<Long> lines = new ArrayList<>();
        long line = 2;
        for (ContentRecord record : records) {
            lines.add(line);
            String row = String.join(",", field(record.lang() == null ? "" : record.lang(), quoteAll), field(record.text(), quoteAll),
                    field(record.id(), quoteAll), field(record.member(), quoteAll), field(record.kind(), quoteAll),
                    field(record.visibility(), quoteAll), field(record.createdAt().toString(), quoteAll));
            csv.append(row).append(newline);
            line += row.chars().filter(c -> c == '\n').count() + 1;
        }
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            List<ContentRecord> read = new ArrayList<>();
            List<Long> readLines = new ArrayList<>();
            try (ContentSource source = ContentSources.open(file)) {
                for (SourceItem item = source.next(); item != null; item = source.next()) {
                    assertThat(item.problem()).isNull();
                    read.add(item.record());
                    readLines.add(item.line());
                }
            }
            assertThat(read).isEqualTo(records);
            assertThat(readLines).isEqualTo(lines);
        } finally {
            Files.delete(file);
        }
    }

    private static String field(String value, boolean quoteAll) {
        boolean needsQuotes = value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quoteAll || needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    @Provide
    Arbitrary<List<ContentRecord>> records() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withChars(",\"\r\n ab\u00e9\u4e2d").ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(30).filter(CsvRoundTripPropertyTest::isWellFormed));
        Arbitrary<String> id = Arbitraries.strings().withChars("abc,\"\n123").ofMinLength(1).ofMaxLength(8).filter(s -> !s.isBlank());
        Arbitrary<String> kind = Arbitraries.of(ContentRecord.KINDS);
        Arbitrary<String> visibility = Arbitraries.of(ContentRecord.VISIBILITIES);
        Arbitrary<Instant> createdAt = Arbitraries.longs().between(0, 4_000_000_000L)
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
        Arbitrary<String> lang = Arbitraries.of("en", "de", "fr").injectNull(0.3);
        return Combinators.combine(id, id, kind, visibility, createdAt, text, lang)
                .as(ContentRecord::new).list().ofMaxSize(20);
    }

    /** Lone surrogates cannot be encoded as UTF-8, so they are no text a file could hold. */
    private static boolean isWellFormed(String s) {
        return StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }
}
