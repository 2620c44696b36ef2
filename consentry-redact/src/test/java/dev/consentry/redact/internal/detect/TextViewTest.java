package dev.consentry.redact.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The triggers read off the tokens must be exactly those of the pass over every char. */
class TextViewTest {

    /** Plain words and digits, and every char the two passes treat differently or specially. */
    private static final String[] PIECES = {"a", "Jane", "x9", "42", "0", " ", "  ", "\n", ":", "@", ".", "+", "(", ")", "-",
        "'", "\u2019", "O'Brien", "Jean-Luc", "don\u2019t", "ü", "Ölçü", "\u0301", "e\u0301", "\uD835\uDC00", "\uD83D\uDE00",
        "\uD800", "\uDC00", "\u0663", "\u00A0", "_", "/", "://", "+1", "(415", "a1b2", "://x", "1.2.3.4", "a@b.c", "\u4E2D"};

    @Test
    void triggersFromTokens_equalTriggersByChar_onRandomText() {
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(1, 25);
            for (int p = 0; p < pieces; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            TextView byChar = new TextView(text, null, false);
            TextView fromTokens = new TextView(text, null, true);
            assertThat(lists(fromTokens)).as("'%s'", text).isEqualTo(lists(byChar));
        }
    }

    @Test
    void triggers_markWhereScannersStart() {
        TextView v = new TextView("call +1 (415) 555: mail@x.org O'Neil", null, true);
        assertThat(Arrays.copyOf(v.digitStarts(), v.digitStartCount())).containsExactly(5, 6, 8, 9, 14);
        assertThat(Arrays.copyOf(v.atSigns(), v.atSignCount())).containsExactly(23);
        assertThat(Arrays.copyOf(v.dots(), v.dotCount())).containsExactly(25);
        assertThat(Arrays.copyOf(v.wordStartsAndColons(), v.wordStartCount()))
                .containsExactly(0, 6, 9, 14, 17, 19, 24, 26, 30, 32);
    }

    private static String lists(TextView v) {
        return Arrays.toString(Arrays.copyOf(v.wordStartsAndColons(), v.wordStartCount()))
                + Arrays.toString(Arrays.copyOf(v.digitStarts(), v.digitStartCount()))
                + Arrays.toString(Arrays.copyOf(v.atSigns(), v.atSignCount()))
                + Arrays.toString(Arrays.copyOf(v.dots(), v.dotCount()));
    }
}
