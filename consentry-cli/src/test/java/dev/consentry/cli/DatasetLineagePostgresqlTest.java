package dev.consentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.consentry.store.Dialect;
import dev.consentry.store.TestDatabase;

/** The lineage tables and their queries on PostgreSQL: build, list, lineage and impact through the CLI. */
class DatasetLineagePostgresqlTest {
    @TempDir
    Path folder;

    @Test
    void buildRecordsLineageThatImpactReads() throws IOException {
        try (TestDatabase database = TestDatabase.create(Dialect.POSTGRESQL, folder)) {
            String db = database.url();
            Path members = Files.writeString(folder.resolve("members.jsonl"), "{\"id\":\"m-1\",\"country\":\"US\"}\n{\"id\":\"m-2\",\"country\":\"US\"}\n");
            Path events = Files.writeString(folder.resolve("events.jsonl"),
                    "{\"type\":\"setting\",\"member\":\"m-1\",\"purpose\":\"genai-training\",\"enabled\":true,\"at\":\"2025-01-01T00:00:00Z\"}\n"
                            + "{\"type\":\"setting\",\"member\":\"m-2\",\"purpose\":\"genai-training\",\"enabled\":true,\"at\":\"2025-01-01T00:00:00Z\"}\n");
            Path content = Files.writeString(folder.resolve("content.jsonl"),
                    "{\"id\":\"c-1\",\"member\":\"m-1\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-02-01T00:00:00Z\",\"text\":\"one\"}\n"
                            + "{\"id\":\"c-2\",\"member\":\"m-2\",\"kind\":\"post\",\"visibility\":\"public\",\"createdAt\":\"2025-02-01T00:00:00Z\",\"text\":\"two\"}\n"
                            + "{\"id\":\"c-3\",\"member\":\"m-2\",\"kind\":\"poll\",\"visibility\":\"public\",\"createdAt\":\"2025-02-01T00:00:00Z\",\"text\":\"three\"}\n");
            assertThat(Cli.run("import", "members", members.toString(), "--db", db).status()).isZero();
            assertThat(Cli.run("import", "events", events.toString(), "--db", db).status()).isZero();
            Cli.Result build = Cli.run("build", "--purpose", "genai-training", "--as-of", "2025-03-01T00:00:00Z", "--input", content.toString(),
                    "--out", folder.resolve("ds").toString(), "--db", db, "-q");
            assertThat(build.err()).isEmpty();
            assertThat(build.status()).isZero();
            assertThat(Cli.run("datasets", "list", "--db", db, "--json").outLines()).hasSize(1);
            assertThat(Cli.run("lineage", "member", "m-2", "--db", db, "--json").out()).contains("\"records\":2");

            Path optOut = Files.writeString(folder.resolve("optout.jsonl"),
                    "{\"type\":\"setting\",\"member\":\"m-2\",\"purpose\":\"genai-training\",\"enabled\":false,\"at\":\"2025-04-01T00:00:00Z\"}\n");
            assertThat(Cli.run("import", "events", optOut.toString(), "--db", db).status()).isZero();
            Cli.Result impact = Cli.run("impact", folder.resolve("ds").toString(), "--db", db, "--json", "--at", "2025-05-01T00:00:00Z");
            assertThat(impact.outLines()).containsExactly(
                    "{\"dataset\":\"" + impact.out().replaceAll("(?s).*\"dataset\":\"([^\"]+)\".*", "$1")
                            + "\",\"member\":\"m-2\",\"reason\":\"OPTED_OUT\",\"records\":2,\"at\":\"2025-05-01T00:00:00Z\"}");
        }
    }
}
