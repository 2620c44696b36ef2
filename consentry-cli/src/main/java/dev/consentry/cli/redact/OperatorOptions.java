package dev.consentry.cli.redact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

import dev.consentry.cli.UserException;
import dev.consentry.redact.EntityType;
import dev.consentry.redact.Operator;

/**
 * The operator and its settings. Keys for {@code pseudonym} and {@code surrogate} come from a file
 * or the environment, never from the command line, where they would land in shell history and
 * process listings; they are never printed.
 */
public final class OperatorOptions {
    public static final String KEY_VARIABLE = "CONSENTRY_REDACT_KEY";

    enum Kind { placeholder, mask, pseudonym, surrogate, drop }

    @Option(names = "--operator", defaultValue = "placeholder", paramLabel = "NAME",
            description = "placeholder (default: <EMAIL_ADDRESS>), mask, pseudonym (keyed HMAC: <PERSON_7f3a9c>), "
                    + "surrogate (realistic fakes), drop (remove records with too much or too sensitive PII). Valid: ${COMPLETION-CANDIDATES}")
    Kind kind;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "Secret key for pseudonym and surrogate (at least 16 bytes; trailing newline ignored). Default: the environment variable "
                    + KEY_VARIABLE + ".")
    Path keyFile;

    @Option(names = "--mask-keep", defaultValue = "0", paramLabel = "N", description = "mask: trailing characters to keep (default: ${DEFAULT-VALUE}).")
    int maskKeep;

    @Option(names = "--drop-types", split = ",", paramLabel = "TYPE",
            description = "drop: drop a record when any of these types is present (default: US_SSN,CREDIT_CARD,IBAN_CODE).")
    List<String> dropTypes;

    @Option(names = "--drop-density", defaultValue = "0.25", paramLabel = "RATIO",
            description = "drop: drop a record when this share of its characters is personal data (default: ${DEFAULT-VALUE}).")
    double dropDensity;

    @Option(names = "--drop-otherwise", defaultValue = "placeholder", paramLabel = "NAME",
            description = "drop: how records that are kept are redacted: placeholder, mask, pseudonym or surrogate (default: ${DEFAULT-VALUE}).")
    Kind otherwise;

    /** The operator's name for manifests and summaries, e.g. {@code pseudonym} or {@code drop+placeholder}; never the key. */
    public String name() {
        return kind == Kind.drop ? "drop+" + otherwise : kind.name();
    }

    public Operator operator() {
        if (kind == Kind.drop) {
            if (otherwise == Kind.drop) {
                throw new UserException("--drop-otherwise must be placeholder, mask, pseudonym or surrogate");
            }
            if (!(dropDensity >= 0 && dropDensity <= 1)) {
                throw new UserException("--drop-density must be between 0 and 1, was " + dropDensity);
            }
            return Operator.drop(dropDensity, types(), simple(otherwise));
        }
        return simple(kind);
    }

    private Operator simple(Kind simple) {
        return switch (simple) {
            case placeholder -> Operator.placeholder();
            case mask -> {
                if (maskKeep < 0) {
                    throw new UserException("--mask-keep must be 0 or more, was " + maskKeep);
                }
                yield Operator.mask(maskKeep);
            }
            case pseudonym -> Operator.pseudonym(key());
            case surrogate -> Operator.surrogate(key());
            case drop -> throw new IllegalStateException("drop is not a simple operator");
        };
    }

    private Set<EntityType> types() {
        if (dropTypes == null) {
            return EnumSet.of(EntityType.US_SSN, EntityType.CREDIT_CARD, EntityType.IBAN_CODE);
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (String name : dropTypes) {
            try {
                types.add(EntityType.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                throw new UserException("--drop-types: unknown type '" + name + "'; one of " + Arrays.toString(EntityType.values()));
            }
        }
        return types;
    }

    /** The key file given, or null. */
    public Path keyFile() {
        return keyFile;
    }

    private byte[] key() {
        byte[] key;
        String source;
        if (keyFile != null) {
            source = keyFile.toString();
            try {
                key = dev.consentry.dataset.io.SmallFiles.read(keyFile, 1 << 20);
            } catch (NoSuchFileException e) {
                throw new UserException(keyFile + ": no such file");
            } catch (IOException e) {
                throw new UserException(keyFile + ": cannot read (" + e.getMessage() + ")");
            }
            int length = key.length;
            while (length > 0 && (key[length - 1] == '\n' || key[length - 1] == '\r')) {
                length--;
            }
            key = Arrays.copyOf(key, length);
        } else {
            String value = System.getenv(KEY_VARIABLE);
            if (value == null || value.isEmpty()) {
                throw new UserException("--operator " + kind + " needs a secret key: --key-file FILE or the environment variable " + KEY_VARIABLE);
            }
            source = "$" + KEY_VARIABLE;
            key = value.getBytes(StandardCharsets.UTF_8);
        }
        if (key.length < 16) {
            throw new UserException(source + ": the key must be at least 16 bytes, was " + key.length);
        }
        return key;
    }
}
