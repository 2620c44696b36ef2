package dev.consentry.cli;

import dev.consentry.store.Dialect;

class PostgresqlConsentCliTest extends ConsentCliContractTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }
}
