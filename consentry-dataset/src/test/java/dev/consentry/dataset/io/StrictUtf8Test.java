package dev.consentry.dataset.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories prints the seed of a failing run; {@code -DQT_SEED=<seed>} replays it. */
class StrictUtf8Test {
    /**
     * Up to 255 code points: half the texts from all of Unicode (supplementary characters and lone
     * surrogates too), half ASCII, which the decoder copies on a path of its own.
     */
    @SuppressWarnings("unchecked") // Generate.oneOf takes generic varargs
    private static Gen<String> texts() {
        return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 255), strings().ascii().ofLengthBetween(0, 255));
    }

    @Test
    void validTextDecodesToItself() {
        qt().withExamples(500).forAll(texts()).checkAssert(StrictUtf8Test::validTextDecodesToItself);
    }

    private static void validTextDecodesToItself(String text) {
        // Lone surrogates have no UTF-8 form: getBytes would replace them, so compare with what it wrote.
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(StrictUtf8.decode(bytes, 0, bytes.length)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void decodesTheRangeAskedFor() {
        qt().withExamples(100).forAll(texts()).checkAssert(StrictUtf8Test::decodesTheRangeAskedFor);
    }

    private static void decodesTheRangeAskedFor(String text) {
        byte[] inner = text.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[inner.length + 2];
        padded[0] = (byte) 0xff;
        padded[padded.length - 1] = (byte) 0xff;
        System.arraycopy(inner, 0, padded, 1, inner.length);
        assertThat(StrictUtf8.decode(padded, 1, inner.length)).isEqualTo(new String(inner, StandardCharsets.UTF_8));
    }

    /** Truncated, a lone continuation byte, overlong, an encoded surrogate, beyond U+10FFFF. */
    @ParameterizedTest
    @ValueSource(strings = {"c3", "80", "c080", "eda080", "f4908080", "41c328"})
    void malformedInputIsRefused(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        assertThat(StrictUtf8.decode(bytes, 0, bytes.length)).isNull();
    }
}
