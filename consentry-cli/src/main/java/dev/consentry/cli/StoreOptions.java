package dev.consentry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

import dev.consentry.cli.io.TextFile;
import dev.consentry.consent.policy.DefaultPolicy;
import dev.consentry.consent.policy.Policy;
import dev.consentry.consent.policy.PolicyException;
import dev.consentry.consent.policy.PolicyParser;
import dev.consentry.dataset.io.OutputPaths;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.JdbcUrls;

/** {@code --db} and {@code --policy}, shared by every command that reads consent data. */
public final class StoreOptions {
    public static final String DEFAULT_DB = "jdbc:sqlite:consentry-data/consentry.db";

    // The description does not show ${DEFAULT-VALUE}: taken from CONSENTRY_DB it may hold a password, which --help would print.
    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:CONSENTRY_DB:-" + DEFAULT_DB + "}",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DB?user=... (default: the CONSENTRY_DB environment "
                    + "variable, else " + DEFAULT_DB + "). It must exist and hold a registry: only an import creates one.")
    String db;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy YAML replacing the built-in default policy.")
    Path policyFile;

    /** The database, which must exist and hold a registry; read-only when it cannot be written. */
    public ConsentStore openStore() {
        return ConsentStore.openExisting(db);
    }

    /**
     * Opens the database to write into it, created (with its schema) if it does not exist — for imports
     * only — refusing first a database that is the file being read (or the policy file).
     */
    public ConsentStore openStoreToWrite(String input) {
        ConsentStore.sqliteFile(db).ifPresent(file -> {
            List<OutputPaths.Named> reads = new ArrayList<>(List.of(new OutputPaths.Named("the input", input)));
            if (policyFile != null) {
                reads.add(OutputPaths.Named.of("the policy file", policyFile));
            }
            OutputPaths.checkDistinct(reads, List.of(OutputPaths.Named.of("the database", file)));
        });
        return ConsentStore.open(db);
    }

    /** The database as messages and output show it: its password masked. */
    public String db() {
        return JdbcUrls.mask(db);
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
        TextFile file = TextFile.read(policyFile);
        Policy policy;
        try {
            policy = PolicyParser.parse(policyFile.toString(), file.text());
        } catch (PolicyException e) {
            List<String> problems = new ArrayList<>(file.problems());
            problems.addAll(e.problems());
            throw new UserException(problems);
        }
        if (!file.problems().isEmpty()) {
            throw new UserException(file.problems());
        }
        return policy;
    }
}
