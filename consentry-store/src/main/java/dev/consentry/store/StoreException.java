package dev.consentry.store;

/** The store cannot do what was asked: the database is unreachable, or its contents are unreadable. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
