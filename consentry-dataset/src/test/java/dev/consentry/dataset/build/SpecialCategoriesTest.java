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
}
