package dev.consentry.store;

class PostgresqlStoreTest extends StoreContractTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }
}
