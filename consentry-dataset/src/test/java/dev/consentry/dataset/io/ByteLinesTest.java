package dev.consentry.dataset.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories prints the seed of a failing run; {@code -DQT_SEED=<seed>} replays it. */
class ByteLinesTest {
    private static Gen<String> charsOf(List<Character> alphabet, int maxLength) {
        return lists().of(Generate.pick(alphabet)).ofSizeBetween(0, maxLength)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** Runs a property that reads through an in-memory stream, which declares IOException. */
    private interface IoProperty<A, B> {
        void check(A a, B b) throws IOException;
    }

    private static <A, B> void forAll(int tries, Gen<A> as, Gen<B> bs, IoProperty<A, B> property) {
        qt().withExamples(tries).forAll(as, bs).checkAssert((a, b) -> {
            try {
                property.check(a, b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Lines as a reader would see them, or "TOO LONG" for a line over the limit. */
    private static List<String> lines(byte[] input, int maxLineBytes) throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(input), maxLineBytes);
        List<String> seen = new ArrayList<>();
        while (lines.next()) {
            assertThat(lines.number()).isEqualTo(seen.size() + 1);
            seen.add(lines.tooLong() ? "TOO LONG" : new String(lines.bytes(), StandardCharsets.UTF_8));
        }
        return seen;
    }

    /** The obviously correct model: split on \n, drop a final empty piece, strip one trailing \r. */
    private static List<String> reference(String text, int maxLineBytes) {
        List<String> expected = new ArrayList<>();
        String[] pieces = text.split("\n", -1);
        int count = text.endsWith("\n") || text.isEmpty() ? pieces.length - 1 : pieces.length;
        for (int i = 0; i < count; i++) {
            String line = pieces[i];
            if (line.getBytes(StandardCharsets.UTF_8).length > maxLineBytes) {
                expected.add("TOO LONG");
            } else {
                expected.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        }
        return expected;
    }

    @Test
    void splitsLikeTheReferenceModel() {
        forAll(200, charsOf(List.of('a', 'é', '\n', '\r', ' '), 400), integers().between(1, 40), ByteLinesTest::splitsLikeTheReferenceModel);
    }

    private static void splitsLikeTheReferenceModel(String text, int maxLineBytes) throws IOException {
        assertThat(lines(text.getBytes(StandardCharsets.UTF_8), maxLineBytes)).isEqualTo(reference(text, maxLineBytes));
    }

    @Test
    void aLineLongerThanTheReadChunkComesWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        byte[] input = ("short\r\n" + longLine + "\n" + longLine + "\r\nlast").getBytes(StandardCharsets.UTF_8);
        assertThat(lines(input, ByteLines.DEFAULT_MAX_LINE_BYTES)).containsExactly("short", longLine, longLine, "last");
        assertThat(lines(input, 100_000)).containsExactly("short", "TOO LONG", "TOO LONG", "last");
    }

    /** The listed characters and every one from U+0000 to U+0020. */
    private static final List<Character> BLANK_CANDIDATES = IntStream.concat(" \t\u000b\u001c\u00a0\u2003\u3000a{".chars(), IntStream.rangeClosed(0, 0x20))
            .distinct().mapToObj(c -> (char) c).toList();

    @Test
    void isBlankAgreesWithStringIsBlank() {
        forAll(300, charsOf(BLANK_CANDIDATES, 6), Generate.constant(0), (text, unused) -> isBlankAgreesWithStringIsBlank(text));
    }

    private static void isBlankAgreesWithStringIsBlank(String text) throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream((text.replace('\n', ' ').replace('\r', ' ') + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(lines.next()).isTrue();
        assertThat(lines.isBlank()).as("'%s'", text).isEqualTo(text.replace('\n', ' ').replace('\r', ' ').isBlank());
    }

    @Test
    void aLineThatIsNotUtf8IsNotBlankAndDoesNotDecode() throws IOException {
        ByteLines lines = new ByteLines(new ByteArrayInputStream(new byte[] {' ', (byte) 0xc3, '(', '\n'}));
        assertThat(lines.next()).isTrue();
        assertThat(lines.isBlank()).isFalse();
        assertThat(lines.decode()).isNull();
    }
}
