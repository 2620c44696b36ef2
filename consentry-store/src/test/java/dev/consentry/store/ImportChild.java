package dev.consentry.store;

import java.time.Instant;

import dev.consentry.consent.Member;
import dev.consentry.consent.event.GpcSignal;
import dev.consentry.consent.event.Provenance;
import dev.consentry.consent.jsonl.EventBatchValidator.ResolvedEvent;

/**
 * Run in a child JVM by {@link KillDuringImportTest}: imports events, says so on stdout, then
 * waits to be killed — either after the commit was acknowledged or in the middle of the import.
 */
public final class ImportChild {
    private ImportChild() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int events = Integer.parseInt(args[1]);
        boolean commit = args[2].equals("commit");
        ConsentStore store = ConsentStore.open(url);
        if (store.member("m-1").isEmpty()) {
            try (MemberImport members = store.beginMemberImport("child")) {
                members.add(Member.of("m-1", "US"));
                members.commit("sha");
            }
        }
        EventImport ledger = store.beginEventImport("child");
        for (int i = 0; i < events; i++) {
            ledger.append(new ResolvedEvent("m-1", new GpcSignal("m-1", Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i), Provenance.NONE)));
        }
        if (commit) {
            ImportResult result = ledger.commit("sha-" + java.util.UUID.randomUUID()); // each run's events are another file
            System.out.println("ACK " + result.lastSequence());
        } else {
            System.out.println("WRITING");
        }
        System.out.flush();
        Thread.sleep(60_000);
    }
}
