package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyShowTest {
    @Test
    void showsTheVersionInForceAndItsExclusions() {
        Cli.Result result = Cli.run("policy", "show", "--at", "2025-01-01T00:00:00Z");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("in force at 2025-01-01T00:00:00Z: version 2024-12-10",
                "excluded countries: EEA (30), CA, CH, GB, HK — 34 countries",
                "notice needed:      of 2024-09-18 or later, at least 30 days old");
    }

    @Test
    void beforeTheFirstVersionNothingIsInForce() {
        Cli.Result result = Cli.run("policy", "show", "--at", "2024-09-17T00:00:00Z");
        assertThat(result.out()).contains("no version is in force at 2024-09-17T00:00:00Z");
    }

    @Test
    void badInstantIsAUsageError() {
        Cli.Result result = Cli.run("policy", "show", "--at", "last tuesday");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("'last tuesday' is not an ISO-8601 instant");
    }
}
