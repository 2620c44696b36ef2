package dev.consentry.consent.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.event.ObjectionFiled;

/**
 * What a line of members, events or queries may not hold: keys nobody reads, keys given twice,
 * ids the store cannot hold alike on SQLite and PostgreSQL, unpaired surrogates, a stray byte
 * order mark. Each is a problem of its line that names the field.
 */
class LineParsersBadInputTest {
    private final MemberLineParser members = new MemberLineParser();
    private final EventLineParser events = new EventLineParser();
    private final QueryLineParser queries = new QueryLineParser();

    @Test
    void aMisspeltBirthDateIsRefusedWithTheRightSpelling() {
        LineResult<Member> result = members.parse("{\"id\":\"m-1\",\"country\":\"US\",\"birthdate\":\"2015-01-01\"}");
        assertThat(result.problems()).containsExactly("unknown field 'birthdate' (did you mean 'birthDate'?)");
    }

    @Test
    void anUnknownFieldFarFromEveryKnownOneListsThem() {
        LineResult<Member> result = members.parse("{\"id\":\"m-1\",\"country\":\"US\",\"shoeSize\":44}");
        assertThat(result.problems()).containsExactly("unknown field 'shoeSize' (known fields: id, country, region, birthDate, name, handles)");
    }

    @Test
    void unknownFieldsAreListedWithTheLinesOtherProblems() {
        LineResult<Member> result = members.parse("{\"id\":\"m-1\",\"country\":\"XX\",\"Name\":\"Jane\",\"handle\":[\"j\"]}");
        assertThat(result.problems()).containsExactly(
                "field 'country' is not an ISO 3166-1 alpha-2 code: 'XX'",
                "unknown field 'Name' (did you mean 'name'?)",
                "unknown field 'handle' (did you mean 'handles'?)");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotTheLastOneTaken() {
        assertThat(events.parse("{\"type\":\"gpc\",\"member\":\"m-999\",\"member\":\"m-1\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("field 'member' is given twice");
        assertThat(members.parse("{\"id\":\"m-1\",\"country\":\"US\",\"country\":\"DE\"}").problems()).containsExactly("field 'country' is given twice");
        assertThat(queries.parse("{\"member\":\"m-1\",\"purpose\":\"a\",\"purpose\":\"b\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("field 'purpose' is given twice");
    }

    /** Each event type knows its own fields and the common ones; a field of another type is unknown. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            setting with a channel | {"type":"setting","member":"m-1","purpose":"p","enabled":true,"channel":"email","at":"2025-01-01T00:00:00Z"} | unknown field 'channel' (known fields: type, at, id, source, member, purpose, enabled)
            gpc with enabled       | {"type":"gpc","member":"m-1","enabled":false,"at":"2025-01-01T00:00:00Z"}                                  | unknown field 'enabled' (known fields: type, at, id, source, member)
            misspelt policyVersion | {"type":"notice","member":"m-1","policyversion":"v1","at":"2025-01-01T00:00:00Z"}                         | missing field 'policyVersion'
            misspelt statement     | {"type":"objection-filed","member":"m-1","objection":"o","purposes":["p"],"statment":"x","at":"2025-01-01T00:00:00Z"} | unknown field 'statment' (did you mean 'statement'?)
            decided with a member  | {"type":"objection-decided","member":"m-1","objection":"o","outcome":"upheld","at":"2025-01-01T00:00:00Z"} | unknown field 'member' (known fields: type, at, id, source, objection, outcome, explanation)
            erasure with a reason  | {"type":"erasure","member":"m-1","reason":"asked","at":"2025-01-01T00:00:00Z"}                           | unknown field 'reason' (known fields: type, at, id, source, member)
            """)
    void eventsRefuseFieldsTheirTypeDoesNotHave(String kind, String line, String problem) {
        assertThat(events.parse(line).problems()).contains(problem);
    }

    @Test
    void aMisspeltEventFieldSuggestsTheKnownOne() {
        assertThat(events.parse("{\"type\":\"notice\",\"member\":\"m-1\",\"policyversion\":\"v1\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("missing field 'policyVersion'", "unknown field 'policyversion' (did you mean 'policyVersion'?)");
    }

    @Test
    void queriesTakeAnOptionalIdAndNothingElse() {
        assertThat(queries.parse("{\"id\":\"q-1\",\"member\":\"m-1\",\"purpose\":\"p\",\"at\":\"2025-01-01T00:00:00Z\"}").isOk()).isTrue();
        assertThat(queries.parse("{\"member\":\"m-1\",\"purpose\":\"p\",\"at\":\"2025-01-01T00:00:00Z\",\"ref\":42}").problems())
                .containsExactly("unknown field 'ref' (known fields: member, purpose, at, id)");
    }

    @Test
    void aGoodLineStillParses() {
        LineResult<Member> member = members.parse(
                "{\"id\":\"m-1\",\"country\":\"US\",\"region\":\"US-CA\",\"birthDate\":\"1990-04-01\",\"name\":\"Jane\\tDoe\",\"handles\":[\"janedoe\"]}");
        assertThat(member.problems()).isEmpty();
        assertThat(member.value().birthDate()).isEqualTo(LocalDate.of(1990, 4, 1));
        LineResult<ConsentEvent> filed = events.parse("{\"type\":\"objection-filed\",\"member\":\"m-1\",\"objection\":\"o-1\",\"purposes\":[\"p\"],"
                + "\"statement\":\"Line one\\nline two\",\"id\":\"e-1\",\"source\":\"form\",\"at\":\"2025-01-01T00:00:00Z\"}");
        assertThat(filed.problems()).isEmpty();
        assertThat(((ObjectionFiled) filed.value()).statement()).isEqualTo("Line one\nline two");
    }

    @Test
    void idsLongerThanTheLimitAreRefusedWithoutEchoingThem() {
        String longId = "m".repeat(10_000);
        assertThat(members.parse("{\"id\":\"" + longId + "\",\"country\":\"US\"}").problems())
                .containsExactly("field 'id' is longer than 256 characters (10000)");
        assertThat(members.parse("{\"id\":\"" + "m".repeat(256) + "\",\"country\":\"US\"}").problems()).isEmpty();
        assertThat(events.parse("{\"type\":\"gpc\",\"member\":\"" + longId + "\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("field 'member' is longer than 256 characters (10000)");
        assertThat(queries.parse("{\"member\":\"" + longId + "\",\"purpose\":\"p\",\"at\":\"2025-01-01T00:00:00Z\"}").problems())
                .containsExactly("field 'member' is longer than 256 characters (10000)");
    }

    /** Every string field that reaches the store, with a NUL in it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            member id     | M | {"id":"m\\u0000","country":"US"}                                                                     | field 'id' holds a control character (U+0000) at position 2
            region        | M | {"id":"m-1","country":"US","region":"US\\u0000CA"}                                                   | field 'region' holds a control character (U+0000) at position 3
            name          | M | {"id":"m-1","country":"US","name":"Jane\\u0000"}                                                     | field 'name' holds a control character (U+0000) at position 5
            handle        | M | {"id":"m-1","country":"US","handles":["ok","j\\u0000"]}                                              | field 'handles' item 2 holds a control character (U+0000) at position 2
            event member  | E | {"type":"gpc","member":"\\u0000","at":"2025-01-01T00:00:00Z"}                                        | field 'member' holds a control character (U+0000) at position 1
            event id      | E | {"type":"gpc","member":"m-1","id":"e\\u0000","at":"2025-01-01T00:00:00Z"}                            | field 'id' holds a control character (U+0000) at position 2
            event source  | E | {"type":"gpc","member":"m-1","source":"s\\u0000","at":"2025-01-01T00:00:00Z"}                        | field 'source' holds a control character (U+0000) at position 2
            objection id  | E | {"type":"objection-withdrawn","objection":"o\\u0000","at":"2025-01-01T00:00:00Z"}                    | field 'objection' holds a control character (U+0000) at position 2
            purposes      | E | {"type":"objection-filed","member":"m-1","objection":"o","purposes":["p\\u0000"],"at":"2025-01-01T00:00:00Z"} | field 'purposes' item 1 holds a control character (U+0000) at position 2
            statement     | E | {"type":"objection-filed","member":"m-1","objection":"o","purposes":["p"],"statement":"\\u0000","at":"2025-01-01T00:00:00Z"} | field 'statement' holds a control character (U+0000) at position 1
            explanation   | E | {"type":"objection-decided","objection":"o","outcome":"upheld","explanation":"x\\u0000","at":"2025-01-01T00:00:00Z"} | field 'explanation' holds a control character (U+0000) at position 2
            channel       | E | {"type":"notice","member":"m-1","policyVersion":"v","channel":"\\u0000","at":"2025-01-01T00:00:00Z"} | field 'channel' holds a control character (U+0000) at position 1
            policyVersion | E | {"type":"notice","member":"m-1","policyVersion":"v\\u0000","at":"2025-01-01T00:00:00Z"}              | field 'policyVersion' holds a control character (U+0000) at position 2
            purpose       | E | {"type":"setting","member":"m-1","purpose":"p\\u0000","enabled":true,"at":"2025-01-01T00:00:00Z"}    | field 'purpose' holds a control character (U+0000) at position 2
            query member  | Q | {"member":"m\\u0000","purpose":"p","at":"2025-01-01T00:00:00Z"}                                      | field 'member' holds a control character (U+0000) at position 2
            query id      | Q | {"id":"\\u0000","member":"m","purpose":"p","at":"2025-01-01T00:00:00Z"}                              | field 'id' holds a control character (U+0000) at position 1
            """)
    void aNulInAnyStoredStringIsRefusedNamingTheField(String field, String parser, String line, String problem) {
        assertThat(parse(parser, line).problems()).containsExactly(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            escape in member      | E | {"type":"gpc","member":"m-1\\u001b[2J","at":"2025-01-01T00:00:00Z"}  | field 'member' holds a control character (U+001B) at position 4
            tab in member id      | M | {"id":"m\\t1","country":"US"}                                        | field 'id' holds a control character (U+0009) at position 2
            zero-width space      | M | {"id":"m-1\\u200b","country":"US"}                                   | field 'id' holds an invisible character (U+200B) at position 4
            right-to-left override| Q | {"member":"\\u202em-1","purpose":"p","at":"2025-01-01T00:00:00Z"}    | field 'member' holds an invisible character (U+202E) at position 1
            leading space         | M | {"id":" m-1","country":"US"}                                         | field 'id' must not start with white space
            trailing space        | E | {"type":"gpc","member":"m-1 ","at":"2025-01-01T00:00:00Z"}           | field 'member' must not end with white space
            C1 control in a name  | M | {"id":"m-1","country":"US","name":"Jos\\u0085"}                      | field 'name' holds a control character (U+0085) at position 4
            """)
    void controlAndInvisibleCharactersInIdsAreRefused(String kind, String parser, String line, String problem) {
        assertThat(parse(parser, line).problems()).containsExactly(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            high surrogate in an id    | M | {"id":"m-\\ud800","country":"US"}                                            | field 'id' holds an unpaired surrogate (U+D800) at position 3
            low surrogate in a name    | M | {"id":"m-1","country":"US","name":"\\udc00Jane"}                             | field 'name' holds an unpaired surrogate (U+DC00) at position 1
            reversed pair in a handle  | M | {"id":"m-1","country":"US","handles":["\\udc00\\ud800"]}                     | field 'handles' item 1 holds an unpaired surrogate (U+DC00) at position 1
            surrogate in a statement   | E | {"type":"objection-filed","member":"m-1","objection":"o","purposes":["p"],"statement":"x\\ud83d","at":"2025-01-01T00:00:00Z"} | field 'statement' holds an unpaired surrogate (U+D83D) at position 2
            surrogate in a query       | Q | {"member":"\\ud800","purpose":"p","at":"2025-01-01T00:00:00Z"}               | field 'member' holds an unpaired surrogate (U+D800) at position 1
            """)
    void loneSurrogatesAreRefusedNamingTheField(String kind, String parser, String line, String problem) {
        assertThat(parse(parser, line).problems()).containsExactly(problem);
    }

    @Test
    void aPairedSurrogateIsAnOrdinaryCharacter() {
        assertThat(members.parse("{\"id\":\"m-\\ud83d\\ude00\",\"country\":\"US\",\"name\":\"\uD83D\uDE00\"}").problems()).isEmpty();
    }

    @Test
    void aByteOrderMarkOpeningALineIsRefused() {
        assertThat(members.parse("\uFEFF{\"id\":\"m-1\",\"country\":\"US\"}").problems())
                .containsExactly("starts with a byte order mark (U+FEFF), allowed only at the start of a file");
    }

    @Test
    void theLedgerReadsBackWhatItStoredBeforeTheRules() {
        String stored = "{\"at\":\"2025-01-01T00:00:00Z\",\"member\":\"" + "m".repeat(300) + "\",\"type\":\"gpc\"}";
        assertThat(events.parse(stored).isOk()).isFalse();
        assertThat(EventLineParser.forStoredEvents().parse(stored).isOk()).isTrue();
        assertThat(EventLineParser.forStoredEvents().parse("{\"at\":\"2025-01-01T00:00:00Z\",\"member\":\"m-1\",\"type\":\"gpc\",\"x\":1}").problems())
                .containsExactly("unknown field 'x' (known fields: type, at, id, source, member)");
    }

    @Test
    void longValuesAreShortenedWhenEchoed() {
        assertThat(events.parse("{\"type\":\"gpc\",\"member\":\"m-1\",\"at\":\"" + "9".repeat(200) + "\"}").problems())
                .containsExactly("field 'at' is not an ISO-8601 instant with an offset, e.g. 2025-02-01T00:00:00Z: '" + "9".repeat(64) + "… (200 characters)'");
    }

    private LineResult<?> parse(String parser, String line) {
        return switch (parser) {
            case "M" -> members.parse(line);
            case "E" -> events.parse(line);
            case "Q" -> queries.parse(line);
            default -> throw new IllegalArgumentException(parser);
        };
    }
}
