package dev.consentry.redact.internal.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.Gazetteers;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.validate.Iban;
import dev.consentry.redact.internal.validate.Luhn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each type's fake: same type, same shape, drawn from ranges reserved for examples, and a function of the seed
 * alone. Every rule is checked over many seeds, so a range or a digit position that is off shows up.
 */
class SurrogatesTest {

    private static final int SEEDS = 300;
    private static final Surrogates SURROGATES = new Surrogates(
            new Gazetteers(TokenDictionary.ofWords("x"), List.of("Robin", "Kim"), List.of("Moss", "Lake")));

    private static void forSeeds(EntityType type, String value, Consumer<String> rule) {
        for (int i = 0; i < SEEDS; i++) {
            String fake = SURROGATES.fake(type, value, seed(i));
            rule.accept(fake);
        }
    }

    private static byte[] seed(long n) {
        byte[] s = new byte[32];
        for (int i = 0; i < 8; i++) {
            s[i] = (byte) (n >>> (8 * (7 - i)));
        }
        return s;
    }

    @Test
    void sameSeed_sameFake_andEverySeedByteMatters() {
        for (EntityType type : EntityType.values()) {
            String value = switch (type) {
                case PERSON -> "Jane Smith";
                case EMAIL_ADDRESS -> "jane@example.com";
                case PHONE_NUMBER -> "415-555-2671";
                case CREDIT_CARD -> "4111 1111 1111 1111";
                case IBAN_CODE -> "GB82 WEST 1234 5698 7654 32";
                case US_SSN -> "078-05-1120";
                case IP_ADDRESS -> "10.1.2.3";
                case URL -> "https://jane.example/";
                case STREET_ADDRESS -> "12 Main Street";
                case DATE_OF_BIRTH -> "1990-04-12";
                case SOCIAL_HANDLE -> "@jane";
                case CRYPTO -> "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
            };
            assertThat(SURROGATES.fake(type, value, seed(7))).isEqualTo(SURROGATES.fake(type, value, seed(7)));
        }
        byte[] base = seed(0x0102030405060708L);
        String fake = SURROGATES.fake(EntityType.URL, "https://x.example/", base);
        for (int i = 0; i < 8; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = base.clone();
                changed[i] ^= (byte) (1 << bit);
                assertThat(SURROGATES.fake(EntityType.URL, "https://x.example/", changed)).as("byte %d bit %d", i, bit).isNotEqualTo(fake);
            }
        }
        byte[] high = seed(0x80ff80ff80ff80ffL);
        byte[] low = seed(0x007f007f007f007fL);
        assertThat(SURROGATES.fake(EntityType.URL, "u", high)).isNotEqualTo(SURROGATES.fake(EntityType.URL, "u", low));
    }

    @Test
    void person_keepsTheNumberOfNamesAndTheCase() {
        Set<String> seen = new HashSet<>();
        forSeeds(EntityType.PERSON, "Jane Smith", f -> {
            assertThat(f).matches("(Robin|Kim) (Moss|Lake)");
            seen.add(f);
        });
        assertThat(seen).hasSize(4);
        forSeeds(EntityType.PERSON, "  Jane  ", f -> assertThat(f).matches("Robin|Kim"));
        forSeeds(EntityType.PERSON, "jane smith", f -> assertThat(f).matches("(robin|kim) (moss|lake)"));
        forSeeds(EntityType.PERSON, "JANE SMITH", f -> assertThat(f).matches("(ROBIN|KIM) (MOSS|LAKE)"));
        forSeeds(EntityType.PERSON, "JANE", f -> assertThat(f).matches("ROBIN|KIM"));
        // One capital letter is not "all caps": the fake stays capitalized.
        forSeeds(EntityType.PERSON, "J", f -> assertThat(f).matches("Robin|Kim"));
        forSeeds(EntityType.PERSON, "Jane Ann Smith", f -> assertThat(f).matches("(Robin|Kim) (Moss|Lake)"));
    }

    @Test
    void emptyGazetteers_fallBackToOneName() {
        Surrogates bare = new Surrogates(new Gazetteers(TokenDictionary.ofWords("x"), List.of(), List.of()));
        assertThat(bare.fake(EntityType.PERSON, "Jane Smith", seed(1))).isEqualTo("Alex Taylor");
        assertThat(bare.fake(EntityType.EMAIL_ADDRESS, "j@x.io", seed(1))).matches("alex\\.taylor@example\\.(com|org|net)");
    }

    @Test
    void email_isALowercaseNameAtAnExampleDomain() {
        Set<String> domains = new HashSet<>();
        forSeeds(EntityType.EMAIL_ADDRESS, "Jane.Smith@Corp.com", f -> {
            assertThat(f).matches("(robin|kim)\\.(moss|lake)@example\\.(com|org|net)");
            domains.add(f.substring(f.indexOf('@')));
        });
        assertThat(domains).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"415-555-2671", "(415) 555 2671", "+1 415 555 2671", "555-2671", "+44 20 7946 0958", "12-34", "1234567"})
    void phone_keepsSeparatorsAndDigitCount_inTheFictionRange(String value) {
        String shape = value.replaceAll("\\d", "9");
        int digits = value.replaceAll("\\D", "").length();
        Set<Character> areaStarts = new HashSet<>();
        forSeeds(EntityType.PHONE_NUMBER, value, f -> {
            assertThat(f.replaceAll("\\d", "9")).isEqualTo(shape);
            String d = f.replaceAll("\\D", "");
            if (digits >= 7) {
                assertThat(d.substring(digits - 7)).as(f).matches("55501\\d\\d");
            }
            if (digits >= 10) {
                areaStarts.add(d.charAt(digits - 10));
            }
        });
        if (digits >= 10) {
            assertThat(areaStarts).containsExactlyInAnyOrder('2', '3', '4', '5', '6', '7', '8', '9');
        }
    }

    @Test
    void phone_digitsBeforeTheFictionTail_areRandom() {
        Set<String> heads = new HashSet<>();
        forSeeds(EntityType.PHONE_NUMBER, "12-3456-7890", f -> heads.add(f.substring(0, 2)));
        assertThat(heads.size()).isGreaterThan(5);
        Set<String> shorts = new HashSet<>();
        forSeeds(EntityType.PHONE_NUMBER, "12-34", f -> shorts.add(f));
        assertThat(shorts.size()).isGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "3782 822463 10005", "3056 930902 5904", "4222222222222",
        "6011111111111117012"})
    void card_isLuhnValid_sameShape_andSchemeByLength(String value) {
        String shape = value.replaceAll("\\d", "9");
        int digits = value.replaceAll("\\D", "").length();
        String prefix = digits == 15 ? "37" : digits == 14 ? "36" : "4";
        forSeeds(EntityType.CREDIT_CARD, value, f -> {
            assertThat(f.replaceAll("\\d", "9")).isEqualTo(shape);
            String d = f.replaceAll("\\D", "");
            assertThat(Luhn.isValid(d)).as(f).isTrue();
            assertThat(d).startsWith(prefix);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606"})
    void iban_keepsCountryAndShape_withValidCheckDigits(String value) {
        String shape = value.replaceAll("[A-Z]", "A").replaceAll("\\d", "9");
        forSeeds(EntityType.IBAN_CODE, value, f -> {
            assertThat(f.substring(0, 2)).isEqualTo(value.substring(0, 2));
            assertThat(f.substring(4).replaceAll("[A-Z]", "A").replaceAll("\\d", "9")).isEqualTo(shape.substring(4));
            assertThat(Iban.isValid(f.replace(" ", ""))).as(f).isTrue();
        });
        Set<Character> letters = new HashSet<>();
        forSeeds(EntityType.IBAN_CODE, "GB82 WEST 1234 5698 7654 32", f -> letters.add(f.charAt(5)));
        assertThat(letters).contains('A', 'Z');
    }

    @Test
    void ssn_isInTheNeverIssuedNineHundredArea_withoutZeroDigits() {
        Set<Character> digits = new HashSet<>();
        forSeeds(EntityType.US_SSN, "078-05-1120", f -> {
            assertThat(f).matches("9[1-9]{2}-[1-9]{2}-[1-9]{4}");
            f.chars().filter(Character::isDigit).skip(1).forEach(c -> digits.add((char) c));
        });
        assertThat(digits).hasSize(9);
        forSeeds(EntityType.US_SSN, "078051120", f -> assertThat(f).matches("9[1-9]{8}"));
    }

    @Test
    void ip_isInTheDocumentationRanges() {
        Set<String> nets = new HashSet<>();
        Set<Integer> lastOctets = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            String f = SURROGATES.fake(EntityType.IP_ADDRESS, "10.1.2.3", seed(i));
            assertThat(f).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}");
            nets.add(f.substring(0, f.lastIndexOf('.')));
            lastOctets.add(Integer.parseInt(f.substring(f.lastIndexOf('.') + 1)));
        }
        assertThat(nets).hasSize(3);
        assertThat(lastOctets).allMatch(o -> o >= 1 && o <= 254).contains(1, 254);
        forSeeds(EntityType.IP_ADDRESS, "fe80::1", f -> assertThat(f).matches("2001:db8::[0-9a-f]{4}"));
        forSeeds(EntityType.IP_ADDRESS, "::1", f -> assertThat(f).matches("2001:db8::[0-9a-f]{4}"));
    }

    @Test
    void url_isAnExampleOrgPath() {
        Set<Character> hex = new HashSet<>();
        forSeeds(EntityType.URL, "https://jane.example/x", f -> {
            assertThat(f).matches("https://www\\.example\\.org/[0-9a-f]{8}");
            f.substring(24).chars().forEach(c -> hex.add((char) c));
        });
        assertThat(hex).hasSize(16);
    }

    @Test
    void streetAddress_isANumberASurnameAndASuffix() {
        Set<String> suffixes = new HashSet<>();
        forSeeds(EntityType.STREET_ADDRESS, "12 Main Street", f -> {
            assertThat(f).matches("[1-9]\\d{0,3} (Moss|Lake) (Street|Avenue|Road|Lane|Drive|Court|Place)");
            suffixes.add(f.substring(f.lastIndexOf(' ') + 1));
        });
        assertThat(suffixes).hasSize(7);
    }

    @Test
    void dateOfBirth_keepsTheLayout_yearsFrom1950To2004_dayAndMonthFrom1To12() {
        Set<Integer> years = new HashSet<>();
        Set<Integer> small = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            String f = SURROGATES.fake(EntityType.DATE_OF_BIRTH, "1990-04-7", seed(i));
            assertThat(f).matches("\\d{4}-\\d{2}-\\d{1,2}");
            years.add(Integer.parseInt(f.substring(0, 4)));
            small.add(Integer.parseInt(f.substring(5, 7)));
            small.add(Integer.parseInt(f.substring(8)));
        }
        assertThat(years).allMatch(y -> y >= 1950 && y <= 2004).contains(1950, 2004);
        assertThat(small).allMatch(x -> x >= 1 && x <= 12).contains(1, 12);
        forSeeds(EntityType.DATE_OF_BIRTH, "04/07/1990", f -> assertThat(f).matches("(0[1-9]|1[0-2])/(0[1-9]|1[0-2])/(19[5-9]\\d|200[0-4])"));
        forSeeds(EntityType.DATE_OF_BIRTH, "7.4.90", f -> assertThat(f).matches("([1-9]|1[0-2])\\.([1-9]|1[0-2])\\.(0[1-9]|1[0-2])"));
    }

    @Test
    void dateOfBirth_replacesMonthNames_keepingAbbreviation_andKeepsOtherWords() {
        String months = "January|February|March|April|May|June|July|August|September|October|November|December";
        Set<String> seen = new HashSet<>();
        forSeeds(EntityType.DATE_OF_BIRTH, "born 12 March 1990", f -> {
            assertThat(f).matches("born \\d{2} (" + months + ") \\d{4}");
            seen.add(f.split(" ")[2]);
        });
        assertThat(seen).hasSize(12);
        forSeeds(EntityType.DATE_OF_BIRTH, "Sept 3, 1990", f -> assertThat(f).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}"));
        Set<String> abbreviated = new HashSet<>();
        forSeeds(EntityType.DATE_OF_BIRTH, "Mar 3", f -> {
            assertThat(f).matches("[A-Z][a-z]{2} \\d{1,2}");
            abbreviated.add(f.substring(0, 3));
        });
        assertThat(abbreviated).hasSize(12); // three letters are enough to be a month
        forSeeds(EntityType.DATE_OF_BIRTH, "MARCH 3", f -> assertThat(f).matches("(" + months + ") \\d{1,2}"));
        // Two letters are not a month ("Ma"), nor is a word that only starts like one ("Mayor").
        forSeeds(EntityType.DATE_OF_BIRTH, "Ma 3", f -> assertThat(f).startsWith("Ma "));
        forSeeds(EntityType.DATE_OF_BIRTH, "Mayor 3", f -> assertThat(f).startsWith("Mayor "));
        forSeeds(EntityType.DATE_OF_BIRTH, "Dec 3", f -> assertThat(f).matches("[A-Z][a-z]{2} \\d{1,2}"));
    }

    @Test
    void socialHandle_keepsTheAtSignAndTheProfileUrl() {
        forSeeds(EntityType.SOCIAL_HANDLE, "@jane_doe", f -> assertThat(f).matches("@user_[0-9a-f]{6}"));
        forSeeds(EntityType.SOCIAL_HANDLE, "https://twitter.com/jane_doe", f -> assertThat(f).matches("https://twitter\\.com/user_[0-9a-f]{6}"));
        forSeeds(EntityType.SOCIAL_HANDLE, "https://twitter.com/jane_doe/", f -> assertThat(f).matches("https://twitter\\.com/user_[0-9a-f]{6}"));
        forSeeds(EntityType.SOCIAL_HANDLE, "https://mastodon.social/@jane", f -> assertThat(f).matches("https://mastodon\\.social/@user_[0-9a-f]{6}"));
        forSeeds(EntityType.SOCIAL_HANDLE, "jane_doe", f -> assertThat(f).matches("user_[0-9a-f]{6}"));
    }

    @Test
    void crypto_keepsTheAddressKindAndLength() {
        forSeeds(EntityType.CRYPTO, "0x52908400098527886E0F7030069857D2E4169EE7", f -> assertThat(f).matches("0x[0-9a-f]{40}"));
        forSeeds(EntityType.CRYPTO, "0X52908400098527886E0F7030069857D2E4169EE7", f -> assertThat(f).matches("0x[0-9a-f]{40}"));
        String bech = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
        Set<Character> bechChars = new HashSet<>();
        forSeeds(EntityType.CRYPTO, bech, f -> {
            assertThat(f).hasSize(bech.length()).startsWith("bc1").matches("bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]+");
            f.substring(3).chars().forEach(c -> bechChars.add((char) c));
        });
        assertThat(bechChars).hasSize(32);
        forSeeds(EntityType.CRYPTO, "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", f -> assertThat(f).startsWith("bc1").hasSize(bech.length()));
        Set<Character> base58 = new HashSet<>();
        forSeeds(EntityType.CRYPTO, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", f -> {
            assertThat(f).hasSize(34).startsWith("3").matches("[1-9A-HJ-NP-Za-km-z]+");
            f.substring(1).chars().forEach(c -> base58.add((char) c));
        });
        assertThat(base58).hasSize(58);
        // "bc1" alone is too short to be a segwit address: it is treated as Base58 text.
        Set<String> shortOnes = new HashSet<>();
        forSeeds(EntityType.CRYPTO, "bc1", f -> shortOnes.add(f));
        assertThat(shortOnes).allMatch(f -> f.length() == 3 && f.startsWith("b")).hasSizeGreaterThan(1);
    }
}
