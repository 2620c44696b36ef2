package dev.consentry.cli.consent;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.consentry.cli.StoreOptions;
import dev.consentry.cli.io.TerminalText;
import dev.consentry.cli.io.JsonLinesFile;
import dev.consentry.cli.io.LineErrors;
import dev.consentry.consent.Member;
import dev.consentry.consent.event.ConsentEvent;
import dev.consentry.consent.jsonl.LineResult;
import dev.consentry.consent.jsonl.MemberLineParser;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.MemberImport;
import dev.consentry.store.MemberImportResult;

@Command(name = "members", mixinStandardHelpOptions = true,
        description = {"Import members into the registry; a member id imported again is updated.",
                "Each line: {\"id\":\"m-1\",\"country\":\"US\",\"region\":\"US-CA\",\"birthDate\":\"1990-04-01\",\"name\":\"Jane Doe\",\"handles\":[\"janedoe\"]}",
                "(id and country required). The facts decisions rest on go into the ledger: a new member's registration "
                        + "(country, birth date), a relocation at the import's instant when a member's country changed, a birth date "
                        + "first given. A line that removes or changes a known birth date is refused (a birth-date-corrected event changes it).",
                "The file is checked whole first: any bad line rejects it, every problem is listed "
                        + "as FILE:LINE: message, the exit status is 2 and nothing is written."})
public final class ImportMembersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "JSON Lines (.gz and .zst read by name; - for stdin).")
    String file;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MemberLineParser parser = new MemberLineParser();
        LineErrors errors = new LineErrors(file);
        ConsentStore store = options.openStoreToWrite(file);
        MemberImportResult result;
        try (JsonLinesFile lines = new JsonLinesFile(file); MemberImport members = store.beginMemberImport(file)) {
            String sha256 = lines.checkEveryLine(errors, text -> {
                LineResult<Member> parsed = parser.parse(text);
                if (!parsed.isOk()) {
                    return LineResult.failed(parsed.problems());
                }
                LineResult<List<ConsentEvent>> changes = members.check(parsed.value());
                return changes.isOk() ? LineResult.ok(new CheckedLine(parsed.value(), changes.value())) : LineResult.failed(changes.problems());
            }, line -> members.write(line.member(), line.entries()));
            errors.throwIfAny("nothing imported: fix the lines above and import the file again");
            result = members.commit(sha256);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("imported %d members from %s (%d in the registry)%n", result.records(), TerminalText.escape(file), store.memberCount());
        if (result.ledgerEntries() == 0) {
            out.printf("ledger: nothing new (no new member, country or birth date)%n");
        } else {
            out.printf("ledger: %d registrations, %d relocations, %d birth dates recorded (entries %d-%d)%n", result.registrations(),
                    result.relocations(), result.birthDatesRecorded(), result.firstSequence(), result.lastSequence());
        }
        return 0;
    }

    private record CheckedLine(Member member, List<ConsentEvent> entries) {}
}
