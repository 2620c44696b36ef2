package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PERSON shapes of social text added on the redact-quality-2 branch, with hard negatives. Values are invented
 * or taken from the bundled public-figure list (datafaker), never from a gold set.
 */
class SocialTextPersonShapesTest {

    private static final RedactionEngine ENGINE = RedactionEngine.create(RedactionConfig.defaults());

    private static List<String> found(String text) {
        return ENGINE.detect(text).stream().filter(s -> s.type() == EntityType.PERSON).map(s -> s.textIn(text)).toList();
    }

    @Test
    void person_publicFigureInLowercase() {
        assertThat(found("i think einstein was right about that")).containsExactly("einstein");
    }

    @Test
    void person_frequentGivenNameThenSurnameThatIsAWord() {
        assertThat(found("saw kevin baker at the game")).containsExactly("kevin baker");
    }

    @Test
    void person_thankYouName() {
        assertThat(found("great video , thank you Zorvek !")).containsExactly("Zorvek");
    }

    @Test
    void person_spacedPossessive() {
        assertThat(found("i love Quenby ' s new song")).containsExactly("Quenby");
    }

    @Test
    void person_shoutedNameAmongShoutedWords() {
        assertThat(found("THANK YOU ANDREA !")).containsExactly("ANDREA");
    }

    @Test
    void person_loneNameAsSubject() {
        assertThat(found("Tanner is a good dude .")).containsExactly("Tanner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IBAN: DE89 3704 0044 0532 0130 00", "NASA LAUNCH TODAY", "the trump card wins",
        "Paris is lovely in spring", "i baked bread today", "Python is great for scripts"})
    void person_hardNegatives(String text) {
        assertThat(found(text)).isEmpty();
    }
}
