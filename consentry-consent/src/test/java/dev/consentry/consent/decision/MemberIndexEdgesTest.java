package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids at the edge of the ASCII fast path: the first non-ASCII char, U+0080, is found like any other id. */
class MemberIndexEdgesTest {
    @Test
    void theFirstCharBeyondAsciiTakesTheUtf8Path() {
        MemberIndex index = new MemberIndex();
        int ascii = index.add("m\u007f");
        int beyond = index.add("m\u0080");
        assertThat(index.indexOf("m\u007f")).isEqualTo(ascii);
        assertThat(index.indexOf("m\u0080")).isEqualTo(beyond);
        assertThat(index.indexOf("m\u0081")).isEqualTo(-1);
    }
}
