package dev.consentry.store;

class SqliteStoreTest extends StoreContractTest {
    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }
}
