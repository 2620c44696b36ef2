package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PERSON and STREET_ADDRESS shapes added for the quality targets, with hard negatives. All values are
 * invented for this test; none comes from a gold set.
 */
class PersonAndAddressShapesTest {

    private static final RedactionEngine ENGINE = RedactionEngine.create(RedactionConfig.defaults());

    private static List<String> found(String text, EntityType type) {
        return ENGINE.detect(text).stream().filter(s -> s.type() == type).map(s -> s.textIn(text)).toList();
    }

    @Test
    void person_middleInitialWithoutDot() {
        assertThat(found("Have you met Tarvo K Lindqvist yet?", EntityType.PERSON)).containsExactly("Tarvo K Lindqvist");
    }

    @Test
    void person_particleInsideName() {
        assertThat(found("Talk by Marijke van Oostrom tomorrow.", EntityType.PERSON)).containsExactly("Marijke van Oostrom");
    }

    @Test
    void person_repeatedSurnameAfterFullName() {
        assertThat(found("We hired Karen Vuorinen. Later Vuorinen left.", EntityType.PERSON))
                .containsExactly("Karen Vuorinen", "Vuorinen");
    }

    @Test
    void person_firmNameListIsNotThreePeople() {
        assertThat(found("She works at Pennington, Hollis and Crane now.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void person_hyphenatedFirmAloneIsNotAPerson() {
        assertThat(found("He spent a year at Lindell-Marsh before that.", EntityType.PERSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mystery and Suspense are my genres.", "The Answer was obvious.", "Action & Adventure, Comedy",
        "See you on Monday in March.", "Bot: hello User: hi"})
    void person_hardNegatives(String text) {
        assertThat(found(text, EntityType.PERSON)).isEmpty();
    }

    @Test
    void address_numberAfterStreetWithoutSuffix() {
        String text = "Send it to 4411 Ruokolahdentie 17, please.";
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("4411 Ruokolahdentie 17");
    }

    @Test
    void address_multiLineBlockWithUppercaseCityCountryAndPostcode() {
        String text = "Ship to:\n1203 Vikavägen 8\n Apt. 12\n KORSBERGA\n Sweden 44120\nThanks";
        assertThat(found(text, EntityType.STREET_ADDRESS))
                .containsExactly("1203 Vikavägen 8\n Apt. 12\n KORSBERGA\n Sweden 44120");
    }

    @Test
    void address_cornerOfTwoStreets() {
        String text = "Meet at the corner of Birchwood Lane and Tollgate Road tonight";
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("the corner of Birchwood Lane and Tollgate Road");
    }

    @Test
    void address_militaryPost() {
        String text = "Mail: USNS Holloway\nFPO AE 09876 thanks";
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("USNS Holloway\nFPO AE 09876");
    }

    @Test
    void address_streetNamedAfterAPersonIsNotAPerson() {
        String text = "He lives at Gustavo Ibarrola 2716.";
        assertThat(found(text, EntityType.PERSON)).isEmpty();
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("Gustavo Ibarrola 2716");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have 2 cats and 3 dogs", "Top 10 Songs Of 2020", "version 2 update 3 is out",
        "order 88412 arrived broken", "meeting moved to 10:30 tomorrow", "call 415-555-2671 or 415 555 2672"})
    void address_hardNegatives(String text) {
        assertThat(found(text, EntityType.STREET_ADDRESS)).isEmpty();
    }

    @Test
    void address_doesNotSwallowAPhoneOnTheNextLine() {
        String text = "1203 Vikavägen 8\n(41) 788-063-office";
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("1203 Vikavägen 8");
    }
}
