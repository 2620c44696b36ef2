package dev.consentry.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One row per case: the text, the expected type and the exact value found; then hard negatives. */
class DetectorsTest {

    private static RedactionEngine engine;

    @BeforeAll
    static void build() {
        engine = RedactionEngine.create(RedactionConfig.defaults());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "write to jane.doe+news@mail.example.co.uk today|EMAIL_ADDRESS|jane.doe+news@mail.example.co.uk",
        "call me at (415) 555-2671 tonight|PHONE_NUMBER|(415) 555-2671",
        "my number: +44 20 7946 0958|PHONE_NUMBER|+44 20 7946 0958",
        "fax 212-555-0199x12 please|PHONE_NUMBER|212-555-0199x12",
        "card 4111 1111 1111 1111 expired|CREDIT_CARD|4111 1111 1111 1111",
        "amex 378282246310005.|CREDIT_CARD|378282246310005",
        "IBAN GB82 WEST 1234 5698 7654 32 thanks|IBAN_CODE|GB82 WEST 1234 5698 7654 32",
        "iban de89370400440532013000|IBAN_CODE|de89370400440532013000",
        "SSN 078-05-1120 on file|US_SSN|078-05-1120",
        "my ssn is 078051120|US_SSN|078051120",
        "server at 192.168.10.254 is down|IP_ADDRESS|192.168.10.254",
        "v6 host 2001:db8:85a3::8a2e:370:7334 up|IP_ADDRESS|2001:db8:85a3::8a2e:370:7334",
        "at 10:30 reach fe80::1ff:fe23:4567:890a today|IP_ADDRESS|fe80::1ff:fe23:4567:890a",
        "ping ::1 then abcd:ef01:2345:6789:abcd:ef01:2345:6789.|IP_ADDRESS|abcd:ef01:2345:6789:abcd:ef01:2345:6789",
        "host=a:b:c:d:e:f:0:1 ok|IP_ADDRESS|a:b:c:d:e:f:0:1",
        "see https://www.example.org/path?q=1 (docs)|URL|https://www.example.org/path?q=1",
        "profile linkedin.com/in/jane-doe-123 ok|SOCIAL_HANDLE|linkedin.com/in/jane-doe-123",
        "thanks @jane_doe for the tip|SOCIAL_HANDLE|@jane_doe",
        "send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now|CRYPTO|1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
        "segwit bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq ok|CRYPTO|bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "eth 0x52908400098527886E0F7030069857D2E4169EE7 ok|CRYPTO|0x52908400098527886E0F7030069857D2E4169EE7",
        "she lives at 1600 Pennsylvania Ave NW, Washington, DC 20500 now|STREET_ADDRESS|1600 Pennsylvania Ave NW, Washington, DC 20500",
        "office: 221B Baker Street, London|STREET_ADDRESS|221B Baker Street",
        "ship to Hauptstraße 5 in Berlin|STREET_ADDRESS|Hauptstraße 5",
        "I was born on March 3, 1990 in Ohio|DATE_OF_BIRTH|March 3, 1990",
        "DOB: 1990-03-12|DATE_OF_BIRTH|1990-03-12",
        "Hi, my name is Jennifer Lawrence and I sing|PERSON|Jennifer Lawrence",
        "Meeting with Dr. Okonkwo tomorrow|PERSON|Okonkwo",
        "Thanks for the help, Michael Johnson said|PERSON|Michael Johnson",
    })
    void finds(String text, EntityType type, String value) {
        List<Span> spans = engine.detect(text);
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(type);
            assertThat(s.textIn(text)).isEqualTo(value);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Upgrade to version 1.2.3.4 before Friday",        // version, not an IP
        "Build 10.0.19045.3570 is out",                     // Windows build number
        "Order #4111111111111112 shipped",                  // fails Luhn
        "Order 123456789 was delayed",                      // 9 digits, no SSN context
        "ID 550e8400-e29b-41d4-a716-446655440000 created",  // GUID
        "The meeting is at 2024-01-31 10:30:00 UTC",        // timestamp
        "It costs $1,299.99 or 1.299,99 EUR",               // prices
        "ISBN 978-3-16-148410-0 is the second edition",     // ISBN
        "SSN 000-12-3456 is invalid",                       // area 000
        "SSN 666-12-3456 is invalid",                       // area 666
        "The number 900-12-3456 is not an SSN",             // area 9xx
        "Monday we went to Paris and bought bread.",        // day, place
        "Great news everyone. Will you come?",              // ambiguous name at sentence start
        "May the best team win.",                           // month/name at sentence start
        "Price 4.99 at 10:45 on 12/31",                     // small numbers
    })
    void ignores(String text) {
        assertThat(engine.detect(text)).isEmpty();
    }

    /** Digit groups inside an IBAN or a card are phone-shaped; next to "call" they still belong to it, whole. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "IBAN GB82 WEST 1234 5698 7654 32 call me|IBAN_CODE|GB82 WEST 1234 5698 7654 32",
        "card 4111 1111 1111 1111 call the bank|CREDIT_CARD|4111 1111 1111 1111",
        "phone: IBAN DE89 3704 0044 0532 0130 00|IBAN_CODE|DE89 3704 0044 0532 0130 00",
    })
    void numberGroupsNextToPhoneWords_stayInsideTheirSpan(String text, EntityType type, String value) {
        List<Span> spans = engine.detect(text);
        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(type);
            assertThat(s.textIn(text)).isEqualTo(value);
        });
    }
}
