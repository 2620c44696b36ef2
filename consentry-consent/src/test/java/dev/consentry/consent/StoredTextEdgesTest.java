package dev.consentry.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edges of printable ASCII in free text: space is text, DEL (U+007F) is a control character. */
class StoredTextEdgesTest {
    @Test
    void delIsAControlCharacterInFreeTextToo() {
        assertThat(StoredText.freeTextProblem("a\u007f")).isEqualTo("holds a control character (U+007F) at position 2");
        assertThat(StoredText.freeTextProblem("a b ~")).isNull();
    }
}
