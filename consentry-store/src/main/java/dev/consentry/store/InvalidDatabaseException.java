package dev.consentry.store;

/**
 * The database named is not one the store can use: an unsupported or malformed URL, a database
 * that does not exist, or one that holds no Consentry schema. A mistake in what was given, not a
 * failure of the system: the message names the database (its password masked).
 */
public final class InvalidDatabaseException extends StoreException {
    public InvalidDatabaseException(String message) {
        super(message);
    }

    public InvalidDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
