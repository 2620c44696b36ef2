package dev.consentry.store;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * One statement executed in JDBC batches of {@value #SIZE} rows: round trips stay few (PostgreSQL)
 * and prepared statements small (SQLite) however many rows an import writes.
 */
final class BatchedInsert {
    static final int SIZE = 1000;

    private final Handle handle;
    private final String sql;
    private PreparedBatch batch;

    BatchedInsert(Handle handle, String sql) {
        this.handle = handle;
        this.sql = sql;
        this.batch = handle.prepareBatch(sql);
    }

    /** Binds one row with {@code binder} and executes the batch when it is full. */
    void add(Consumer<PreparedBatch> binder) {
        binder.accept(batch);
        batch.add();
        if (batch.size() >= SIZE) {
            flush();
        }
    }

    void flush() {
        if (batch.size() > 0) {
            batch.execute();
            batch = handle.prepareBatch(sql);
        }
    }
}
