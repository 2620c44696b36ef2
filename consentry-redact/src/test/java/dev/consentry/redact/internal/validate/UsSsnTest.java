package dev.consentry.redact.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSA structure rules: area 001-665, 667-899; group 01-99; serial 0001-9999. */
class UsSsnTest {

    @ParameterizedTest(name = "{0}-{1}-{2} valid={3}")
    @CsvSource({
        "1, 1, 1, true",
        "0, 1, 1, false",
        "665, 1, 1, true",
        "666, 1, 1, false",
        "667, 1, 1, true",
        "899, 1, 1, true",
        "900, 1, 1, false",
        "999, 1, 1, false",
        "123, 0, 1, false",
        "123, 99, 1, true",
        "123, 100, 1, false",
        "123, 45, 0, false",
        "123, 45, 9999, true",
        "123, 45, 10000, false",
        "-1, 45, 6789, false",
        "123, -1, 6789, false",
        "123, 45, -1, false",
    })
    void structureRules(int area, int group, int serial, boolean valid) {
        assertThat(UsSsn.isValid(area, group, serial)).isEqualTo(valid);
    }
}
