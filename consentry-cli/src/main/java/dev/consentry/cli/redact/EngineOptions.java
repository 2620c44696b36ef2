package dev.consentry.cli.redact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

import dev.consentry.cli.UserException;
import dev.consentry.cli.io.JsonLinesFile;
import dev.consentry.cli.io.LineErrors;
import dev.consentry.consent.Member;
import dev.consentry.consent.jsonl.MemberLineParser;
import dev.consentry.redact.KnownIdentities;
import dev.consentry.redact.RedactionConfig;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.store.ConsentStore;

/** How the redaction engine is built: detector configuration and the members whose names are known. */
public final class EngineOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Detector configuration (YAML): enabled, default_min_score, min_scores, context_words, allow_list, deny_list.")
    Path config;

    @Option(names = "--members", paramLabel = "FILE",
            description = "Member registry as JSON Lines (the 'import members' format): each member's own name and handles are found exactly.")
    String membersFile;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Take the known members from this database's registry instead.")
    String db;

    public RedactionEngine engine() {
        return RedactionEngine.create(config(), knownIdentities());
    }

    RedactionConfig config() {
        return loadConfig(config);
    }

    /** The detector configuration in {@code config} (YAML), or the defaults when null. */
    public static RedactionConfig loadConfig(Path config) {
        return RedactionConfigFile.load(config);
    }

    /** Each registered member's own name and handles. */
    public static KnownIdentities fromRegistry(ConsentStore store) {
        return store.withMembers(members -> KnownIdentities.of(members.map(EngineOptions::identity).filter(java.util.Objects::nonNull).toList()));
    }

    KnownIdentities knownIdentities() {
        if (membersFile != null && db != null) {
            throw new UserException("give --members or --db, not both");
        }
        if (membersFile != null) {
            return fromMembersFile(membersFile);
        }
        if (db != null) {
            return fromRegistry(ConsentStore.openExisting(db));
        }
        return KnownIdentities.none();
    }

    private static KnownIdentities fromMembersFile(String file) {
        MemberLineParser parser = new MemberLineParser();
        LineErrors errors = new LineErrors(file);
        List<KnownIdentities.Identity> identities = new ArrayList<>();
        try (JsonLinesFile lines = new JsonLinesFile(file)) {
            lines.checkEveryLine(errors, parser::parse, member -> {
                KnownIdentities.Identity identity = identity(member);
                if (identity != null) {
                    identities.add(identity);
                }
            });
        }
        errors.throwIfAny("no redaction done: fix the member lines above");
        return KnownIdentities.of(identities);
    }

    private static KnownIdentities.Identity identity(Member member) {
        if ((member.name() == null || member.name().isBlank()) && member.handles().isEmpty()) {
            return null;
        }
        return new KnownIdentities.Identity(member.name() == null ? "" : member.name(), new LinkedHashSet<>(member.handles()));
    }
}
