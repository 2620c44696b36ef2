package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PERSON shapes of the redact-wnut branch (SocialCues, lowercase surnames, stage prefixes), with hard negatives.
 * All names are invented; none comes from a gold set.
 */
class SocialCuesPersonTest {

    private static final RedactionEngine ENGINE = RedactionEngine.create(RedactionConfig.defaults());

    private static List<String> found(String text) {
        return ENGINE.detect(text).stream().filter(s -> s.type() == EntityType.PERSON).map(s -> s.textIn(text)).toList();
    }

    @Test
    void person_coordinatedWithI() {
        assertThat(found("check out the clip Zorbanu and I made !")).containsExactly("Zorbanu");
    }

    @Test
    void person_coordinatedWithYou() {
        assertThat(found("so nice meeting you and Quelvi today")).containsExactly("Quelvi");
    }

    @Test
    void person_vocativeAtLineStartWithComma() {
        assertThat(found("Treblin , do you have more stories ?")).containsExactly("Treblin");
    }

    @Test
    void person_vocativeAtEnd() {
        assertThat(found("Where did you put the keys , Summer ?")).containsExactly("Summer");
    }

    @Test
    void person_proudOf() {
        assertThat(found("we are all proud of Bill today")).containsExactly("Bill");
    }

    @Test
    void person_givenNameWithLowercaseSurname() {
        assertThat(found("is that Kevin zabrowski ?")).containsExactly("Kevin zabrowski");
    }

    @Test
    void person_stagePrefix() {
        assertThat(found("the new track by DJ Kelvo is out")).containsExactly("DJ Kelvo");
    }

    @Test
    void person_speechVerb() {
        assertThat(found("Yesterday Vorlanski stated that the plan failed .")).containsExactly("Vorlanski");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Will my account stay active?", "May I request a copy?", "Hope you got the house !",
        "Monday , are you free ?", "DJ sets all night", "Paris is lovely in spring"})
    void person_hardNegatives(String text) {
        assertThat(found(text)).isEmpty();
    }
}
