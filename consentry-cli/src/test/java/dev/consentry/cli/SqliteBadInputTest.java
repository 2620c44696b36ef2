package dev.consentry.cli;

import dev.consentry.store.Dialect;

class SqliteBadInputTest extends BadInputContractTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
