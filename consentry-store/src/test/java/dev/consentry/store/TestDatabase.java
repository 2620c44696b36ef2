package dev.consentry.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, real database per test: an SQLite file in a temporary folder, or a new PostgreSQL
 * database on the server at {@code CONSENTRY_TEST_PG} (default 127.0.0.1:5432, which .ci/run
 * starts). PostgreSQL tests fail, not skip, when no server answers: a skipped half of the
 * suite would hide a broken dialect.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String PG_ADMIN_URL = System.getenv().getOrDefault("CONSENTRY_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/postgres");

    private final String url;
    private final String dropName;

    private TestDatabase(String url, String dropName) {
        this.url = url;
        this.dropName = dropName;
    }

    public static TestDatabase create(Dialect dialect, Path folder) {
        if (dialect == Dialect.SQLITE) {
            return new TestDatabase("jdbc:sqlite:" + folder.resolve("consentry.db"), null);
        }
        String name = "consentry_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + name);
        return new TestDatabase(PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name, name);
    }

    public String url() {
        return url;
    }

    /** Runs SQL behind the program's back, as an administrator with direct access would. */
    public void sql(String... statements) {
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("user.name"), null);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String queryText(String sql) {
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("user.name"), null);
                Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, System.getProperty("user.name"), null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_ADMIN_URL + " is needed for this test (.ci/run starts one): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (dropName != null) {
            admin("DROP DATABASE IF EXISTS " + dropName + " WITH (FORCE)");
        }
    }
}
