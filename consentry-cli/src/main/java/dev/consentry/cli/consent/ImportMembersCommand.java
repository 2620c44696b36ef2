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
import dev.consentry.consent.jsonl.MemberLineParser;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.ImportResult;
import dev.consentry.store.MemberImport;

@Command(name = "members", mixinStandardHelpOptions = true,
        description = {"Import members into the registry; a member id imported again is updated.",
                "Each line: {\"id\":\"m-1\",\"country\":\"US\",\"region\":\"US-CA\",\"birthDate\":\"1990-04-01\",\"name\":\"Jane Doe\",\"handles\":[\"janedoe\"]}",
                "(id and country required). The file is checked whole first: any bad line rejects it, every problem is listed "
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
        ImportResult result;
        try (JsonLinesFile lines = new JsonLinesFile(file); MemberImport members = store.beginMemberImport(file)) {
            String sha256 = lines.checkEveryLine(errors, parser::parse, members::add);
            errors.throwIfAny("nothing imported: fix the lines above and import the file again");
            result = members.commit(sha256);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("imported %d members from %s (%d in the registry)%n", result.records(), file, store.memberCount());
        return 0;
    }
}
