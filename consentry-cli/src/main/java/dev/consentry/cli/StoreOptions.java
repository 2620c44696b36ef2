package dev.consentry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

import dev.consentry.consent.policy.DefaultPolicy;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyException;
import dev.consentry.consent.policy.PolicyParser;
import dev.consentry.dataset.io.OutputPaths;
import dev.consentry.store.ConsentStore;

/** {@code --db} and {@code --policy}, shared by every command that reads consent data. */
public final class StoreOptions {
    public static final String DEFAULT_DB = "jdbc:sqlite:consentry-data/consentry.db";

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:CONSENTRY_DB:-" + DEFAULT_DB + "}",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB?user=... (default: ${DEFAULT-VALUE}; env CONSENTRY_DB).")
    String db;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy YAML replacing the built-in default policy.")
    Path policyFile;

    public ConsentStore openStore() {
        return ConsentStore.open(db);
    }

    /** Opens the database to write into it, refusing first a database that is the file being read (or the policy file). */
    public ConsentStore openStoreToWrite(String input) {
        ConsentStore.sqliteFile(db).ifPresent(file -> {
            List<OutputPaths.Named> reads = new ArrayList<>(List.of(new OutputPaths.Named("the input", input)));
            if (policyFile != null) {
                reads.add(OutputPaths.Named.of("the policy file", policyFile));
            }
            OutputPaths.checkDistinct(reads, List.of(OutputPaths.Named.of("the database", file)));
        });
        return openStore();
    }

    public String db() {
        return db;
    }

    /** The policy file given, or null for the built-in policy. */
    public Path policyFile() {
        return policyFile;
    }

    /** Where the policy in use comes from, as manifests record it. */
    public String policySource() {
        return policyFile == null ? DefaultPolicy.SOURCE_NAME : policyFile.toAbsolutePath().normalize().toString();
    }

    /** The policy in use; a file that does not validate is a user error listing every problem. */
    public Policy policy() {
        if (policyFile == null) {
            return DefaultPolicy.load();
        }
        String text;
        try {
            text = Files.readString(policyFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException(policyFile + ": no such file");
        } catch (IOException e) {
            throw new UserException(policyFile + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            return PolicyParser.parse(policyFile.toString(), text);
        } catch (PolicyException e) {
            throw new UserException(e.problems());
        }
    }
}
