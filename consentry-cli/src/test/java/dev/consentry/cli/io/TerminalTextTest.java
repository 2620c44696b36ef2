package dev.consentry.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void printableTextIsLeftAlone() {
        String text = "member 'm-1' — Łódź 東京 \uD83D\uDE00 \\u001B";
        assertThat(TerminalText.escape(text)).isSameAs(text);
    }

    @Test
    void controlsFormatCharactersSeparatorsAndLoneSurrogatesAreEscaped() {
        assertThat(TerminalText.escape("a\u001b[2Jb\r\n\t\u0000\u007f\u009b")).isEqualTo("a\\u001B[2Jb\\u000D\\u000A\\u0009\\u0000\\u007F\\u009B");
        assertThat(TerminalText.escape("\u202Eevil\u200B\uFEFF\u2028")).isEqualTo("\\u202Eevil\\u200B\\uFEFF\\u2028");
        assertThat(TerminalText.escape("x\uD800y\uDC00")).isEqualTo("x\\uD800y\\uDC00");
        assertThat(TerminalText.escape("ok\uDB40\uDC41")).isEqualTo("ok\\uDB40\\uDC41"); // U+E0041, a tag character
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = TerminalText.escape("id\u001b]0;title\u0007");
        assertThat(TerminalText.escape(once)).isEqualTo(once);
    }
}
