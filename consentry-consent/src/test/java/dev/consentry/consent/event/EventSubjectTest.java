package dev.consentry.consent.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.consentry.consent.policy.Control;

/** Whom an event concerns: registry facts name their member; an objection is filed under its own id. */
class EventSubjectTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate BORN = LocalDate.parse("2010-01-01");

    @Test
    void registryFactsNameTheirMember() {
        assertThat(new Registration("m-1", "FR", null, AT, Provenance.NONE).member()).contains("m-1");
        assertThat(new BirthDateRecorded("m-2", BORN, AT, Provenance.NONE).member()).contains("m-2");
        assertThat(new BirthDateCorrected("m-3", BORN, "typo", AT, Provenance.NONE).member()).contains("m-3");
    }

    @Test
    void aFiledObjectionCarriesItsId() {
        ObjectionFiled filed = new ObjectionFiled("m-1", "o-7", List.of("ads"), null, AT, Provenance.NONE);
        assertThat(filed.objection()).contains("o-7");
        assertThat(filed.member()).contains("m-1");
    }

    @Test
    void aControlsWireNameIsItsLowerCaseName() {
        assertThat(Control.OBJECTION.wireName()).isEqualTo("objection");
        assertThat(Control.SETTING.wireName()).isEqualTo("setting");
    }
}
