package dev.consentry.redact;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link RedactionEngine#redact} does with each detected span. Build one with the static factories;
 * operators are immutable values and may be shared between threads.
 */
public sealed interface Operator permits Operator.Placeholder, Operator.Mask, Operator.Pseudonym,
        Operator.Surrogate, Operator.Drop {

    /** {@code <EMAIL_ADDRESS>}: the type name in angle brackets. The default. */
    static Operator placeholder() {
        return Placeholder.INSTANCE;
    }

    /** Replaces every char with {@code '*'}, keeping the last {@code keepTrailing} chars (e.g. a card's last 4). */
    static Operator mask(int keepTrailing) {
        return new Mask(keepTrailing);
    }

    /**
     * {@code <PERSON_7f3a9c>}: the first 6 hex digits of HMAC-SHA-256(key, normalized value), where the
     * value is lowercased with whitespace collapsed. Stable across records and runs for the same key,
     * so the same person links across a dataset without being named.
     */
    static Operator pseudonym(byte[] key) {
        return new Pseudonym(key);
    }

    /**
     * A realistic fake of the same type and shape (example-domain e-mail, Luhn-valid test card, 555 phone,
     * gazetteer name, documentation IP range, ...). Deterministic in key and value, so builds are
     * reproducible, and therefore consistent within a record: the same value gets the same surrogate.
     */
    static Operator surrogate(byte[] key) {
        return new Surrogate(key);
    }

    /**
     * Drops the whole record when detected chars / all chars exceeds {@code maxDensity}, or when any of
     * {@code dropTypes} is present; otherwise redacts with {@code otherwise}.
     */
    static Operator drop(double maxDensity, Set<EntityType> dropTypes, Operator otherwise) {
        return new Drop(maxDensity, dropTypes, otherwise);
    }

    record Placeholder() implements Operator {
        static final Placeholder INSTANCE = new Placeholder();
    }

    record Mask(int keepTrailing) implements Operator {
        public Mask {
            if (keepTrailing < 0) {
                throw new IllegalArgumentException("keepTrailing must be >= 0, was " + keepTrailing);
            }
        }
    }

    /** A class, not a record: a record would compare and print its key array. */
    final class Pseudonym implements Operator {
        private final byte[] key;

        Pseudonym(byte[] key) {
            this.key = checkKey(key);
        }

        public byte[] key() {
            return key.clone();
        }

        @Override
        public String toString() {
            return "Pseudonym[key=<hidden>]";
        }
    }

    /** A class, not a record, for the same reason as {@link Pseudonym}. */
    final class Surrogate implements Operator {
        private final byte[] key;

        Surrogate(byte[] key) {
            this.key = checkKey(key);
        }

        public byte[] key() {
            return key.clone();
        }

        @Override
        public String toString() {
            return "Surrogate[key=<hidden>]";
        }
    }

    record Drop(double maxDensity, Set<EntityType> dropTypes, Operator otherwise) implements Operator {
        public Drop {
            if (!(maxDensity >= 0.0 && maxDensity <= 1.0)) {
                throw new IllegalArgumentException("maxDensity must be in [0, 1], was " + maxDensity);
            }
            requireNonNull(dropTypes, "dropTypes is null");
            dropTypes = dropTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dropTypes));
            requireNonNull(otherwise, "otherwise is null");
            if (otherwise instanceof Drop) {
                throw new IllegalArgumentException("otherwise must not itself be a drop operator");
            }
        }
    }

    private static byte[] checkKey(byte[] key) {
        requireNonNull(key, "key is null");
        if (key.length < 16) {
            // Short keys make the pseudonyms guessable by brute force over likely names.
            throw new IllegalArgumentException("key must be at least 16 bytes, was " + key.length);
        }
        return Arrays.copyOf(key, key.length);
    }
}
