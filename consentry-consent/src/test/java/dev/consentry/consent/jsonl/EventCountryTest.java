package dev.consentry.consent.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.consentry.consent.event.Relocation;

/** A country in an event line is an ISO 3166-1 alpha-2 code, or the line is refused with a problem (never an exception). */
class EventCountryTest {
    private static final String AT = "\"at\":\"2025-01-01T00:00:00Z\"";

    @Test
    void aRelocationNeedsACountryCode() {
        EventLineParser parser = new EventLineParser();
        assertThat(parser.parse("{\"type\":\"relocation\"," + AT + ",\"member\":\"m-1\",\"country\":\"XX\"}").problems())
                .containsExactly("field 'country' is not an ISO 3166-1 alpha-2 code: 'XX'");
        assertThat(parser.parse("{\"type\":\"relocation\"," + AT + ",\"member\":\"m-1\"}").problems())
                .containsExactly("missing field 'country'");
        assertThat(parser.parse("{\"type\":\"relocation\"," + AT + ",\"member\":\"m-1\",\"country\":\"DE\"}").value())
                .isInstanceOf(Relocation.class).extracting(e -> ((Relocation) e).country()).isEqualTo("DE");
    }

    @Test
    void aStoredRegistrationNeedsACountryCode() {
        EventLineParser parser = EventLineParser.forStoredEvents();
        assertThat(parser.parse("{\"type\":\"registration\"," + AT + ",\"member\":\"m-1\",\"country\":\"XX\"}").problems())
                .containsExactly("field 'country' is not an ISO 3166-1 alpha-2 code: 'XX'");
        assertThat(parser.parse("{\"type\":\"registration\"," + AT + ",\"member\":\"m-1\"}").problems())
                .containsExactly("missing field 'country'");
    }
}
