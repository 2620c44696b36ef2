package dev.consentry.consent.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Any id the index accepts it finds again: ids longer than its byte buffer grows by, and the first non-ASCII char. */
class MemberIndexIdsTest {

    @Test
    void anIdLongerThanTheGrownBuffer_isStoredWhole() {
        MemberIndex index = new MemberIndex();
        String longId = "m".repeat(20_000);
        assertThat(index.add("a")).isZero();
        assertThat(index.add(longId)).isEqualTo(1);
        assertThat(index.add("b")).isEqualTo(2);
        assertThat(index.indexOf(longId)).isEqualTo(1);
        assertThat(index.idAt(1)).isEqualTo(longId);
        assertThat(index.indexOf("b")).isEqualTo(2);
    }

    @Test
    void idsFromU0080On_areFoundByTheirUtf8Bytes() {
        MemberIndex index = new MemberIndex();
        for (String id : new String[] {"\u007f", "\u0080", "m\u0080", "\u00ff", "\u20ac", "\uD83D\uDE00"}) {
            int i = index.add(id);
            assertThat(index.indexOf(id)).as("U+%04X", (int) id.charAt(id.length() - 1)).isEqualTo(i);
        }
        assertThat(index.indexOf("\u0081")).isEqualTo(-1);
    }
}
