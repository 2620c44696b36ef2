package dev.consentry.cli.consent;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.UserException;
import dev.consentry.cli.io.TerminalText;
import dev.consentry.cli.io.JsonLinesFile;
import dev.consentry.cli.io.LineErrors;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.jsonl.EventBatchValidator;
import dev.consentry.consent.jsonl.EventLineParser;
import dev.consentry.consent.jsonl.LineResult;
import dev.consentry.consent.policy.Policy;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.DuplicateImportException;
import dev.consentry.store.EventImport;
import dev.consentry.store.ImportResult;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Append consent events to the ledger, in file order (ties in 'at' are broken by that order).",
                "Types: setting, notice, objection-filed, objection-decided, objection-withdrawn, gpc, relocation, erasure, birth-date-corrected.",
                "The file is checked whole first: a line that is not JSON, lacks or mistypes a field, or names an unknown type, "
                        + "purpose, member, objection or policy version rejects the file; every problem is listed as "
                        + "FILE:LINE: message, the exit status is 2 and nothing is written.",
                "A file whose content (SHA-256) an earlier import already appended is refused, naming that import, "
                        + "unless --allow-duplicate."})
public final class ImportEventsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "JSON Lines (.gz and .zst read by name; - for stdin).")
    String file;

    @Option(names = "--allow-duplicate", description = "Append the events even if a file with the same content was imported before.")
    boolean allowDuplicate;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Policy policy = options.policy();
        EventLineParser parser = new EventLineParser();
        LineErrors errors = new LineErrors(file);
        ConsentStore store = options.openStoreToWrite(file);
        ImportResult result;
        try (JsonLinesFile lines = new JsonLinesFile(file); EventImport ledger = store.beginEventImport(file)) {
            EventBatchValidator validator = new EventBatchValidator(policy, ledger.registry());
            String sha256 = lines.checkEveryLine(errors, text -> {
                LineResult<ConsentEvent> parsed = parser.parse(text);
                return parsed.isOk() ? validator.validate(parsed.value()) : LineResult.failed(parsed.problems());
            }, ledger::append);
            errors.throwIfAny("nothing imported: fix the lines above and import the file again");
            if (allowDuplicate) {
                ledger.allowDuplicate();
            }
            try {
                result = ledger.commit(sha256);
            } catch (DuplicateImportException e) {
                throw new UserException(List.of(file + ": " + e.getMessage(), "(--allow-duplicate imports it again on purpose)"));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.records() == 0) {
            out.printf("imported 0 events from %s%n", TerminalText.escape(file));
        } else {
            out.printf("imported %d events from %s (ledger entries %d-%d, head %s)%n",
                    result.records(), TerminalText.escape(file), result.firstSequence(), result.lastSequence(), store.head().hash());
        }
        return 0;
    }
}
