package dev.consentry.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFileTest {
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
        }
        return out.toByteArray();
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() {
        TextFile file = TextFile.decode("f", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a: 1\nb: 2\n"));
        assertThat(file.text()).isEqualTo("a: 1\nb: 2\n");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void aByteOrderMarkElsewhereIsReportedWithItsLineAndDropped() {
        TextFile file = TextFile.decode("f", bytes("a: 1\n", "b: \uFEFF2\n"));
        assertThat(file.text()).isEqualTo("a: 1\nb: 2\n");
        assertThat(file.problems()).containsExactly("f:2: a byte order mark (U+FEFF) is allowed only at the start of the file");
    }

    @Test
    void everyLineThatIsNotUtf8IsReportedAndTheRestKept() {
        TextFile file = TextFile.decode("f", bytes(new byte[] {'a', (byte) 0xC3, '\n'}, "ok\n", new byte[] {(byte) 0xFF}));
        assertThat(file.problems()).containsExactly("f:1: not valid UTF-8", "f:3: not valid UTF-8");
        assertThat(file.text()).isEqualTo("a\uFFFD\nok\n\uFFFD");
    }

    @Test
    void emptyAndUnterminatedFiles() {
        assertThat(TextFile.decode("f", new byte[0]).text()).isEmpty();
        assertThat(TextFile.decode("f", bytes("x")).text()).isEqualTo("x");
        assertThat(TextFile.decode("f", bytes("\n\n")).text()).isEqualTo("\n\n");
    }
}
