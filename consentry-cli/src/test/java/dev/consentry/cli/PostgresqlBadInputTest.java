package dev.consentry.cli;

import dev.consentry.store.Dialect;

class PostgresqlBadInputTest extends BadInputContractTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }
}
