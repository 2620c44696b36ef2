package dev.consentry.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Connection settings per database: what makes each durable and safe for concurrent use. */
final class DataSources {
    /** A data source and whether the store may write through it (false: a read-only SQLite file). */
    record Opened(DataSource dataSource, boolean readOnly) {}

    private DataSources() {}

    /**
     * Connects to {@code jdbcUrl}. With {@code create}, a missing SQLite file (and its folder) is
     * created; without, a missing file is refused, so a mistyped path is reported instead of
     * answered from an empty database.
     */
    static Opened of(String jdbcUrl, Dialect dialect, boolean create) {
        return switch (dialect) {
            case SQLITE -> sqlite(jdbcUrl, create);
            case POSTGRESQL -> new Opened(postgresql(jdbcUrl), false);
        };
    }

    /** The file an SQLite URL names, or empty for an in-memory database. */
    static Optional<Path> sqliteFile(String jdbcUrl) {
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
            if (path.startsWith("//")) {
                path = path.substring(path.indexOf('/', 2));
            }
            path = URLDecoder.decode(path, StandardCharsets.UTF_8);
        }
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    /**
     * WAL lets readers (a build taking a snapshot) run while an import writes; synchronous=FULL
     * makes a commit durable before it is acknowledged, so an acknowledged import survives
     * {@code kill -9} and power loss. The busy timeout makes a second writer wait, not fail.
     *
     * <p>A file this process cannot write (or whose folder it cannot write, where SQLite keeps the
     * WAL) is opened read-only: reads work, nothing is written, not even a migration. On read-only
     * media with no WAL left behind, SQLite cannot create the shared-memory file a WAL reader needs;
     * the file is then opened as immutable, which is exact because nothing can change it. A WAL with
     * content is never ignored that way: its commits would be lost to the reader.
     */
    private static Opened sqlite(String jdbcUrl, boolean create) {
        Optional<Path> file = sqliteFile(jdbcUrl);
        if (file.isEmpty() && !create) {
            throw new InvalidDatabaseException("'" + JdbcUrls.mask(jdbcUrl) + "' is an in-memory database: it holds no registry");
        }
        boolean readOnly = false;
        String url = jdbcUrl;
        if (file.isPresent()) {
            Path path = file.get();
            if (Files.isDirectory(path)) {
                throw new InvalidDatabaseException(path + " is a folder, not a database file");
            }
            if (!Files.exists(path)) {
                if (!create) {
                    throw new InvalidDatabaseException("no database at " + path + ": the file does not exist (an import creates it)");
                }
                createParentFolder(path);
            } else {
                Path folder = path.getParent();
                // The URL may ask for read-only itself (file:...?mode=ro, immutable=1): honour it rather than
                // switch the journal to WAL, which writes.
                readOnly = !Files.isWritable(path) || folder != null && !Files.isWritable(folder) || asksReadOnly(jdbcUrl);
                if (readOnly && folder != null && !Files.isWritable(folder) && !Files.exists(sibling(path, "-shm")) && isEmptyOrAbsent(sibling(path, "-wal"))) {
                    url = "jdbc:sqlite:" + path.toUri() + "?immutable=1";
                }
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.setBusyTimeout(60_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return new Opened(dataSource, readOnly);
    }

    static boolean asksReadOnly(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            String p = parameter.toLowerCase(java.util.Locale.ROOT);
            if (p.equals("mode=ro") || p.equals("immutable=1") || p.equals("open_mode=1")) {
                return true;
            }
        }
        return false;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static boolean isEmptyOrAbsent(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * pgjdbc reads user and password from parameters only; the {@code //user:password@host} form
     * that libpq and most tools accept is turned into them here rather than taken for a host name.
     */
    private static DataSource postgresql(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        String url = jdbcUrl;
        String user = null;
        String password = null;
        int authority = url.indexOf("//");
        if (authority >= 0) {
            int end = authority + 2;
            while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            int at = url.lastIndexOf('@', end - 1);
            if (at > authority) {
                String userInfo = url.substring(authority + 2, at);
                int colon = userInfo.indexOf(':');
                user = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon), StandardCharsets.UTF_8);
                password = colon < 0 ? null : URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8);
                url = url.substring(0, authority + 2) + url.substring(at + 1);
            }
        }
        if (org.postgresql.Driver.parseURL(url, null) == null) {
            throw new InvalidDatabaseException("malformed database URL '" + JdbcUrls.mask(jdbcUrl) + "': use " + Dialect.SUPPORTED_FORMS);
        }
        dataSource.setURL(url);
        if (user != null && !user.isEmpty()) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        if (dataSource.getUser() == null || dataSource.getUser().isEmpty()) {
            // Without a user pgjdbc sends none; on a trust-auth server the OS user is who psql would be.
            dataSource.setUser(System.getProperty("user.name"));
        }
        return dataSource;
    }

    private static void createParentFolder(Path path) {
        Path parent = path.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database " + path + ": " + e.getMessage(), e);
        }
    }
}
