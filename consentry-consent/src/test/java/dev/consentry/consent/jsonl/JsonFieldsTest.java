package dev.consentry.consent.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The typed field readers every line parser shares: what each returns and the problem it records. */
class JsonFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonFields fields(String json) throws Exception {
        return new JsonFields((ObjectNode) JSON.readTree(json));
    }

    private static JsonFields stored(String json) throws Exception {
        return new JsonFields((ObjectNode) JSON.readTree(json), false);
    }

    @Test
    void aRequiredTextIsReturnedOrItsProblemRecorded() throws Exception {
        JsonFields f = fields("{\"a\":\"m-1\",\"b\":null,\"c\":7,\"d\":\"  \",\"e\":\"x\\u0001y\"}");
        assertThat(f.requiredText("a")).isEqualTo("m-1");
        assertThat(f.requiredText("b")).isNull();
        assertThat(f.requiredText("c")).isNull();
        assertThat(f.requiredText("d")).isNull();
        assertThat(f.requiredText("e")).isNull();
        assertThat(f.requiredText("z")).isNull();
        assertThat(f.problems()).hasSize(5).startsWith("missing field 'b'", "field 'c' must be a non-empty string",
                "field 'd' must be a non-empty string").endsWith("missing field 'z'");
        assertThat(f.problems().get(3)).startsWith("field 'e' ");
    }

    @Test
    void storedTextIsReadBackAsWrittenWithoutTheIdRules() throws Exception {
        JsonFields f = stored("{\"a\":\"x\\u0001y\",\"b\":\"free\\u0002text\"}");
        assertThat(f.requiredText("a")).isEqualTo("x\u0001y");
        assertThat(f.optionalText("b")).isEqualTo("free\u0002text");
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void anAbsentOptionalTextIsNullNotEmpty() throws Exception {
        JsonFields f = fields("{\"b\":null}");
        assertThat(f.optionalText("a")).isNull();
        assertThat(f.optionalText("b")).isNull();
        assertThat(stored("{}").optionalText("a")).isNull();
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void anOptionalTextMustBeAStringOfStorableCharacters() throws Exception {
        JsonFields f = fields("{\"a\":\"Zoë Müller\",\"b\":3,\"c\":\"x\\u0000y\"}");
        assertThat(f.optionalText("a")).isEqualTo("Zoë Müller");
        assertThat(f.optionalText("b")).isNull();
        assertThat(f.optionalText("c")).isNull();
        assertThat(f.problems()).hasSize(2).first().isEqualTo("field 'b' must be a string");
        assertThat(f.problems().get(1)).startsWith("field 'c' ");
    }

    @Test
    void aRequiredBooleanIsTrueOrFalseOnly() throws Exception {
        JsonFields f = fields("{\"t\":true,\"f\":false,\"s\":\"true\",\"n\":null}");
        assertThat(f.requiredBoolean("t")).isTrue();
        assertThat(f.requiredBoolean("f")).isFalse();
        assertThat(f.requiredBoolean("s")).isNull();
        assertThat(f.requiredBoolean("n")).isNull();
        assertThat(f.requiredBoolean("z")).isNull();
        assertThat(f.problems()).containsExactly("field 's' must be true or false", "missing field 'n'", "missing field 'z'");
    }

    @Test
    void anOptionalListIsEmptyWhenAbsentARequiredOneMissing() throws Exception {
        JsonFields f = fields("{\"n\":null}");
        assertThat(f.textList("a", false)).isEmpty();
        assertThat(f.textList("n", false)).isEmpty();
        assertThat(f.problems()).isEmpty();
        assertThat(f.textList("r", true)).isNull();
        assertThat(f.problems()).containsExactly("missing field 'r'");
    }

    @Test
    void aListHoldsNonEmptyIdsInOrder() throws Exception {
        JsonFields f = fields("{\"a\":[\"x\",\"y\"],\"b\":\"x\",\"c\":[\"x\",2],\"d\":[\"x\",\" \"],\"e\":[\"x\",\"y\\u0001\"],\"r\":[],\"o\":[]}");
        assertThat(f.textList("a", true)).containsExactly("x", "y");
        assertThat(f.textList("o", false)).isEmpty();
        assertThat(f.problems()).isEmpty();
        assertThat(f.textList("b", false)).isNull();
        assertThat(f.textList("c", false)).isNull();
        assertThat(f.textList("d", false)).isNull();
        assertThat(f.textList("e", false)).isNull();
        assertThat(f.textList("r", true)).isNull();
        assertThat(f.problems()).hasSize(5).startsWith("field 'b' must be an array of strings",
                "field 'c' must hold only non-empty strings", "field 'd' must hold only non-empty strings")
                .endsWith("field 'r' must not be empty");
        assertThat(f.problems().get(3)).startsWith("field 'e' item 2 ");
    }

    @Test
    void aStoredListIsReadBackAsWritten() throws Exception {
        JsonFields f = stored("{\"a\":[\"y\\u0001\"]}");
        assertThat(f.textList("a", false)).containsExactly("y\u0001");
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void readingAFieldAgainGivesItsValueAndItCountsOnceAsKnown() throws Exception {
        JsonFields f = fields("{\"a\":\"1\",\"extra\":\"2\"}");
        assertThat(f.requiredText("a")).isEqualTo("1");
        assertThat(f.requiredText("a")).isEqualTo("1");
        f.rejectUnreadFields();
        assertThat(f.problems()).containsExactly("unknown field 'extra' (known fields: a)");
    }

    @Test
    void moreKnownFieldsThanTheInitialCapacityAreAllRemembered() throws Exception {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":\"v").append(i).append('"');
        }
        JsonFields f = fields(json.append('}').toString());
        for (int i = 0; i < 20; i++) {
            assertThat(f.requiredText("f" + i)).isEqualTo("v" + i);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(f.requiredText("f" + i)).as("read again").isEqualTo("v" + i);
        }
        f.rejectUnreadFields();
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void aMessageEchoesAtMostSixtyFourCharacters() {
        String limit = "x".repeat(64);
        assertThat(JsonFields.shortened(limit)).isEqualTo(limit);
        assertThat(JsonFields.shortened(limit + "y")).isEqualTo(limit + "… (65 characters)");
    }

    @Test
    void readersReturnWhatTheyRead() throws Exception {
        assertThat(fields("{\"l\":[\"a\"]}").textList("l", false)).isEqualTo(List.of("a"));
    }
}
