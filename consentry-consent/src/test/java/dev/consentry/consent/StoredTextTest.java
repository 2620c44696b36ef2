package dev.consentry.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredTextTest {
    @Test
    void idsUpToTheLimitInAnyScriptAreFine() {
        assertThat(StoredText.idProblem("m-1")).isNull();
        assertThat(StoredText.idProblem("a".repeat(StoredText.MAX_ID_LENGTH))).isNull();
        assertThat(StoredText.idProblem("Łódź 東京 \uD83D\uDE00")).isNull();
        assertThat(StoredText.idProblem("jane doe")).isNull();
    }

    @Test
    void idRules() {
        assertThat(StoredText.idProblem("")).isEqualTo("must not be empty");
        assertThat(StoredText.idProblem("a".repeat(257))).isEqualTo("is longer than 256 characters (257)");
        assertThat(StoredText.idProblem("a\u007f")).isEqualTo("holds a control character (U+007F) at position 2");
        assertThat(StoredText.idProblem("a\u009b")).isEqualTo("holds a control character (U+009B) at position 2");
        assertThat(StoredText.idProblem("\uFEFFa")).isEqualTo("holds an invisible character (U+FEFF) at position 1");
        assertThat(StoredText.idProblem("a\u2028b")).isEqualTo("holds an invisible character (U+2028) at position 2");
        assertThat(StoredText.idProblem("a\uD800b")).isEqualTo("holds an unpaired surrogate (U+D800) at position 2");
        assertThat(StoredText.idProblem("a\uDC00")).isEqualTo("holds an unpaired surrogate (U+DC00) at position 2");
        assertThat(StoredText.idProblem("m-1\uDB40\uDC41")).isEqualTo("holds an invisible character (U+E0041) at position 4");
        assertThat(StoredText.idProblem("\u00a0a")).isEqualTo("must not start with white space");
        assertThat(StoredText.idProblem("a\u3000")).isEqualTo("must not end with white space");
    }

    @Test
    void freeTextTakesLineBreaksAndTabsButNoOtherControl() {
        assertThat(StoredText.freeTextProblem("Dear team,\r\n\tplease stop.\u200b \uD83D\uDE00")).isNull();
        assertThat(StoredText.freeTextProblem("a\u0000")).isEqualTo("holds a control character (U+0000) at position 2");
        assertThat(StoredText.freeTextProblem("\u001b[31m")).isEqualTo("holds a control character (U+001B) at position 1");
        assertThat(StoredText.freeTextProblem("x\uD83D")).isEqualTo("holds an unpaired surrogate (U+D83D) at position 2");
    }
}
