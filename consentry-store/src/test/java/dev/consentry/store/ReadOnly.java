package dev.consentry.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a test database read-only for real, and undoes it. PostgreSQL: the database's sessions
 * default to read-only transactions. SQLite: the file and its folder become immutable
 * ({@code chattr +i}), which binds root too (tests run as root in CI, where {@code chmod} does not
 * stop a write); as another user, {@code chmod a-w} does. Where neither can be done, the test is
 * skipped with the reason, never passed silently.
 */
public final class ReadOnly implements AutoCloseable {
    private final TestDatabase database;
    private final Dialect dialect;
    private final List<Path> immutable = new ArrayList<>();
    private final List<Path> unwritable = new ArrayList<>();

    private ReadOnly(Dialect dialect, TestDatabase database) {
        this.dialect = dialect;
        this.database = database;
    }

    public static ReadOnly make(Dialect dialect, TestDatabase database, Path folder) throws IOException {
        ReadOnly readOnly = new ReadOnly(dialect, database);
        if (dialect == Dialect.POSTGRESQL) {
            database.sql("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET default_transaction_read_only = on', current_database()); END $$");
            return readOnly;
        }
        Path file = folder.resolve("consentry.db");
        for (Path path : List.of(file, folder)) {
            if ("root".equals(System.getProperty("user.name"))) {
                if (!chattr("+i", path)) {
                    readOnly.close();
                    Assumptions.abort("chattr +i is not allowed here (no CAP_LINUX_IMMUTABLE): cannot make a file read-only for root");
                }
                readOnly.immutable.add(path);
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
                readOnly.unwritable.add(path);
            }
        }
        return readOnly;
    }

    private static boolean chattr(String flag, Path path) throws IOException {
        Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        try {
            return process.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running chattr", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (dialect == Dialect.POSTGRESQL) {
            database.sql("SET default_transaction_read_only = off",
                    "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET default_transaction_read_only', current_database()); END $$");
        }
        for (Path path : immutable) {
            chattr("-i", path);
        }
        for (Path path : unwritable) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }
}
