package dev.consentry.dataset.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import dev.consentry.dataset.io.InputException;

class SpecialCategoriesTest {
    private final SpecialCategories defaults = SpecialCategories.defaults();

    @Test
    void findsWholeWordsAndPhrasesInAnyCase() {
        assertThat(defaults.find("Back from CHEMOTHERAPY today")).contains("health");
        assertThat(defaults.find("Proud Trade Union rep")).contains("trade-union");
        assertThat(defaults.find("see you at church!")).contains("religion");
    }

    /** find() skips texts by a hash filter; it must answer exactly as building and looking up every word. */
    @Test
    void find_equalsTheWordByWordLookup_onRandomText() {
        String[] pieces = {"Cancer", "cancer", "CANCER", "my", "Doctor", "doctor", "mental", "HEALTH", "trade", "union",
            "church", "Churchill", "hiv", "HİV", "ünion", "café", "the", "a", "42", " ", ", ", "\n", "-", "'", "é", "ß", "İ"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int found = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int p = random.nextInt(1, 12); p > 0; p--) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            assertThat(defaults.find(text)).as(text).isEqualTo(defaults.findInWords(text));
            found += defaults.find(text).isPresent() ? 1 : 0;
        }
        assertThat(found).as("some texts must contain terms to mean anything").isGreaterThan(1_000);
    }

    @Test
    void partsOfWordsAndSplitPhrasesDoNotMatch() {
        assertThat(defaults.find("Churchill was a statesman")).isEmpty();
        assertThat(defaults.find("the trade fair and the union station")).isEmpty();
        assertThat(defaults.find("")).isEmpty();
    }

    @Test
    void aCustomListReplacesTheDefault() {
        SpecialCategories custom = SpecialCategories.parse("terms.txt", "# mine\nhealth\tflu shot\n");
        assertThat(custom.find("got my flu shot")).contains("health");
        assertThat(custom.find("chemotherapy")).isEmpty();
    }

    @Test
    void badLinesAreListedWithTheirLine() {
        InputException e = catchThrowableOfType(InputException.class, () -> SpecialCategories.parse("terms.txt", "health\tok\nhobbies\tchess\nno tab here\n"));
        assertThat(e.problems()).containsExactly(
                "terms.txt:2: unknown category 'hobbies'; one of " + SpecialCategories.CATEGORIES,
                "terms.txt:3: expected 'category<TAB>term'");
    }

    /** A list with no terms would turn the policy's filter off without a word: refused, naming the file. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "\n\n", "# only a comment\n   \n# another\n", "\uFEFF"})
    void aListWithNoTermsIsRefused(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> SpecialCategories.parse("terms.txt", text));
        assertThat(e).isNotNull();
        assertThat(e.problems()).containsExactly("terms.txt: the list has no terms; a special-category filter with no terms would filter nothing");
    }
}
