package dev.consentry.cli.redact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine.Option;

import dev.consentry.cli.UserException;
import dev.consentry.cli.io.JsonLinesFile;
import dev.consentry.cli.io.LineErrors;
import dev.consentry.consent.Member;
import dev.consentry.consent.jsonl.MemberLineParser;
import dev.consentry.redact.InvalidConfigException;
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
        if (config == null) {
            return RedactionConfig.defaults();
        }
        String text;
        try {
            text = Files.readString(config, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException(config + ": no such file");
        } catch (IOException e) {
            throw new UserException(config + ": cannot read (" + e.getMessage() + ")");
        }
        Object loaded;
        try {
            loaded = new Yaml().load(text);
        } catch (YAMLException e) {
            throw new UserException(config + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (loaded == null) {
            return RedactionConfig.defaults();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new UserException(config + ":1: a redaction config is a mapping of keys to values");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) map;
        try {
            return RedactionConfig.fromMap(typed);
        } catch (InvalidConfigException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(problem -> problems.add(config + ":" + lineOf(text, problem) + ": " + problem));
            throw new UserException(problems);
        } catch (ClassCastException e) {
            throw new UserException(config + ": keys must be names: " + e.getMessage());
        }
    }

    /** The line of the first key a problem names, so the message points into the file (1 when none matches). */
    private static int lineOf(String text, String problem) {
        String[] lines = text.split("\n", -1);
        // A key quoted in the problem is the one at fault ("unknown entity type 'X'"); else the first key it names.
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            int colon = trimmed.indexOf(':');
            if (colon > 0 && problem.contains("'" + trimmed.substring(0, colon).replace("\"", "").replace("'", "") + "'")) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            int colon = trimmed.indexOf(':');
            if (colon > 0 && problem.contains(trimmed.substring(0, colon).replace("\"", "").replace("'", ""))) {
                return i + 1;
            }
        }
        return 1;
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
