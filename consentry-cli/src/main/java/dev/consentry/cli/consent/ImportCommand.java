package dev.consentry.cli.consent;

import picocli.CommandLine.Command;

/** {@code consentry import members|events FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import members or consent events from JSON Lines (all or nothing).",
        subcommands = {ImportMembersCommand.class, ImportEventsCommand.class})
public final class ImportCommand {}
