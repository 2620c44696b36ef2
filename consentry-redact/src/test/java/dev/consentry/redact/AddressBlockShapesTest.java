package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Address shapes added on the redact-quality-2 branch: the whole post box, street words that come first
 * with particles, a unit right after a bare street name, and bulleted blocks. All values are invented.
 */
class AddressBlockShapesTest {

    private static final RedactionEngine ENGINE = RedactionEngine.create(RedactionConfig.defaults());

    private static List<String> found(String text, EntityType type) {
        return ENGINE.detect(text).stream().filter(s -> s.type() == type).map(s -> s.textIn(text)).toList();
    }

    @Test
    void address_militaryUnitBoxIncludesTheUnitWord() {
        String text = "Send it to Unit 3141 Box 5926\nDPO AE 53589 please";
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("Unit 3141 Box 5926\nDPO AE 53589");
    }

    @Test
    void address_pscBoxWithComma() {
        String text = "Mail: PSC 2718, Box 2818\nAPO AP 45904";
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("PSC 2718, Box 2818\nAPO AP 45904");
    }

    @Test
    void address_poBoxWithBuildingNumberKeepsThePOfPO() {
        String text = "Write to 31337 P.O. Box 404, thanks";
        assertThat(found(text, EntityType.STREET_ADDRESS)).containsExactly("31337 P.O. Box 404");
    }

    @Test
    void address_streetWordFirstWithParticles() {
        assertThat(found("It is at 12345 17 Rue des Alouettes now", EntityType.STREET_ADDRESS))
                .containsExactly("12345 17 Rue des Alouettes");
        assertThat(found("it is 221 8 rue de la Vigneraie apt. 12", EntityType.STREET_ADDRESS))
                .containsExactly("221 8 rue de la Vigneraie apt. 12");
        assertThat(found("my address: 55 avenida moraleira 3 then left", EntityType.STREET_ADDRESS))
                .containsExactly("55 avenida moraleira 3");
    }

    @Test
    void address_unitRightAfterABareStreetName() {
        String text = "Please return to 40219 7781 Quellborough Suite 411 Apt. 12, Vantaa, Finland 01234 asap";
        assertThat(found(text, EntityType.STREET_ADDRESS))
                .containsExactly("40219 7781 Quellborough Suite 411 Apt. 12, Vantaa, Finland 01234");
    }

    @Test
    void address_bulletedBlockKeepsUnitCityAndPostcode() {
        String text = "??? Jorma Kallio\n??? 4410 Pajulahdentie 12\n??? Suite 88\n??? Lahti\n??? Finland 15100";
        assertThat(found(text, EntityType.STREET_ADDRESS))
                .containsExactly("4410 Pajulahdentie 12\n??? Suite 88\n??? Lahti\n??? Finland 15100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I walked 5 avenue blocks today", "we counted 3 rue signs", "Chapter 4 Avenue of the Giants",
        "room 12 box 3 is empty", "Q1?\n?? 2024 results", "he scored 30 Points in 4 games"})
    void address_hardNegatives(String text) {
        assertThat(found(text, EntityType.STREET_ADDRESS)).isEmpty();
    }
}
