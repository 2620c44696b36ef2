package dev.consentry.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Connection settings per database: what makes each durable and safe for concurrent use. */
final class DataSources {
    private DataSources() {}

    static DataSource of(String jdbcUrl, Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> sqlite(jdbcUrl);
            case POSTGRESQL -> postgresql(jdbcUrl);
        };
    }

    /**
     * WAL lets readers (a build taking a snapshot) run while an import writes; synchronous=FULL
     * makes a commit durable before it is acknowledged, so an acknowledged import survives
     * {@code kill -9} and power loss. The busy timeout makes a second writer wait, not fail.
     */
    private static DataSource sqlite(String jdbcUrl) {
        createParentFolder(jdbcUrl);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(60_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(jdbcUrl);
        return dataSource;
    }

    private static DataSource postgresql(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        if (dataSource.getUser() == null || dataSource.getUser().isEmpty()) {
            // Without a user pgjdbc sends none; on a trust-auth server the OS user is who psql would be.
            dataSource.setUser(System.getProperty("user.name"));
        }
        return dataSource;
    }

    private static void createParentFolder(String jdbcUrl) {
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.startsWith(":") || path.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database " + path + ": " + e.getMessage(), e);
        }
    }
}
