package dev.consentry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.consent.Member;

/** An SQLite URL that asks for read-only (mode=ro) was opened for WAL, which writes, and every read failed "database error". */
class ReadOnlyUrlTest {
    @TempDir
    Path folder;

    @Test
    void theUrlsThatAskForReadOnly() {
        assertThat(List.of("jdbc:sqlite:file:/x/c.db?mode=ro", "jdbc:sqlite:file:/x/c.db?cache=shared&immutable=1", "jdbc:sqlite:c.db?open_mode=1",
                "jdbc:sqlite:file:/x/c.db?MODE=RO")).allMatch(DataSources::asksReadOnly);
        assertThat(List.of("jdbc:sqlite:c.db", "jdbc:sqlite:file:/x/c.db?mode=rw", "jdbc:sqlite:file:/x/c.db?mode=rom")).noneMatch(DataSources::asksReadOnly);
    }

    @Test
    void aDatabaseOpenedThroughAReadOnlyUrlIsReadAndWrittenNothing() {
        Path file = folder.resolve("c.db");
        try (MemberImport members = ConsentStore.open("jdbc:sqlite:" + file).beginMemberImport("m.jsonl")) {
            members.add(Member.of("m-1", "US"));
            members.commit("sha");
        }
        ConsentStore reader = ConsentStore.openExisting("jdbc:sqlite:file:" + file + "?mode=ro");
        assertThat(reader.readOnly()).isTrue();
        VerifyReport report = reader.verify();
        assertThat(report.intact()).isTrue();
        assertThat(reader.checkpoint()).as("nothing written").isEmpty();
        assertThat(reader.member("m-1")).isPresent();
    }
}
