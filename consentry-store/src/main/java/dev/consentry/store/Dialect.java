package dev.consentry.store;

import java.util.Locale;

/** The databases Consentry stores into; chosen by the JDBC URL's prefix. */
public enum Dialect {
    SQLITE("jdbc:sqlite:", "classpath:db/migration/sqlite"),
    POSTGRESQL("jdbc:postgresql:", "classpath:db/migration/postgresql");

    /** The URL forms the store accepts, as messages list them. */
    public static final String SUPPORTED_FORMS = "jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB[?user=USER&password=PASSWORD]";

    private final String urlPrefix;
    private final String migrations;

    Dialect(String urlPrefix, String migrations) {
        this.urlPrefix = urlPrefix;
        this.migrations = migrations;
    }

    String migrations() {
        return migrations;
    }

    /** The dialect of {@code jdbcUrl}; any other URL is the caller's mistake, named (masked) with the forms that work. */
    public static Dialect of(String jdbcUrl) {
        for (Dialect dialect : values()) {
            if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        String hint = jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? "" : " (a file is given as jdbc:sqlite:" + JdbcUrls.mask(jdbcUrl) + ")";
        throw new InvalidDatabaseException("unsupported database URL '" + JdbcUrls.mask(jdbcUrl) + "': use " + SUPPORTED_FORMS + hint);
    }
}
