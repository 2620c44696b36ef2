package dev.consentry.dataset.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
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

    @Property(tries = 200)
    void splitsLikeTheReferenceModel(@ForAll @StringLength(max = 400) @Chars({'a', 'é', '\n', '\r', ' '}) String text,
            @ForAll @IntRange(min = 1, max = 40) int maxLineBytes) throws IOException {
        assertThat(lines(text.getBytes(StandardCharsets.UTF_8), maxLineBytes)).isEqualTo(reference(text, maxLineBytes));
    }

    @Test
    void aLineLongerThanTheReadChunkComesWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        byte[] input = ("short\r\n" + longLine + "\n" + longLine + "\r\nlast").getBytes(StandardCharsets.UTF_8);
        assertThat(lines(input, ByteLines.DEFAULT_MAX_LINE_BYTES)).containsExactly("short", longLine, longLine, "last");
        assertThat(lines(input, 100_000)).containsExactly("short", "TOO LONG", "TOO LONG", "last");
    }

    @Property(tries = 300)
    void isBlankAgreesWithStringIsBlank(@ForAll @StringLength(max = 6) @Chars({' ', '\t', '\u000b', '\u001c', '\u00a0', '\u2003', '\u3000', 'a', '{'})
            @CharRange(from = '\u0000', to = '\u0020') String text) throws IOException {
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
