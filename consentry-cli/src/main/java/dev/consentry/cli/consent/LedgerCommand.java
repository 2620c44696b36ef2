package dev.consentry.cli.consent;

import picocli.CommandLine.Command;

/** {@code consentry ledger verify|show}. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Check the consent ledger's hash chain, or show a member's timeline.",
        subcommands = {VerifyLedgerCommand.class, ShowLedgerCommand.class})
public final class LedgerCommand {}
