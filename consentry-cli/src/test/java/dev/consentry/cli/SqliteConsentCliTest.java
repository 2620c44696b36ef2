package dev.consentry.cli;

import dev.consentry.store.Dialect;

class SqliteConsentCliTest extends ConsentCliContractTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
