package dev.consentry.cli.consent;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.io.JsonLinesFile;
import dev.consentry.cli.io.LineErrors;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.jsonl.EventBatchValidator;
import dev.consentry.consent.jsonl.EventLineParser;
import dev.consentry.consent.jsonl.LineResult;
import dev.consentry.consent.policy.Policy;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.EventImport;
import dev.consentry.store.ImportResult;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Append consent events to the ledger, in file order (ties in 'at' are broken by that order).",
                "Types: setting, notice, objection-filed, objection-decided, objection-withdrawn, gpc, relocation, erasure.",
                "The file is checked whole first: a line that is not JSON, lacks or mistypes a field, or names an unknown type, "
                        + "purpose, member, objection or policy version rejects the file; every problem is listed as "
                        + "FILE:LINE: message, the exit status is 2 and nothing is written."})
public final class ImportEventsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "JSON Lines (.gz and .zst read by name; - for stdin).")
    String file;

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
            result = ledger.commit(sha256);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.records() == 0) {
            out.printf("imported 0 events from %s%n", file);
        } else {
            out.printf("imported %d events from %s (ledger entries %d-%d, head %s)%n",
                    result.records(), file, result.firstSequence(), result.lastSequence(), store.head().hash());
        }
        return 0;
    }
}
