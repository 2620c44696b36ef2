package dev.consentry.store;

import java.util.Locale;

/** The databases Consentry stores into; chosen by the JDBC URL's prefix. */
public enum Dialect {
    SQLITE("jdbc:sqlite:", "classpath:db/migration/sqlite"),
    POSTGRESQL("jdbc:postgresql:", "classpath:db/migration/postgresql");

    private final String urlPrefix;
    private final String migrations;

    Dialect(String urlPrefix, String migrations) {
        this.urlPrefix = urlPrefix;
        this.migrations = migrations;
    }

    String migrations() {
        return migrations;
    }

    public static Dialect of(String jdbcUrl) {
        for (Dialect dialect : values()) {
            if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        throw new StoreException("unsupported database URL '" + jdbcUrl + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }
}
