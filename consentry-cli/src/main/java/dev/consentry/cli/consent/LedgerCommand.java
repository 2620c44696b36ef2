package dev.consentry.cli.consent;

import picocli.CommandLine.Command;

/** {@code consentry ledger verify|anchor|show}. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Check the consent ledger's hash chain and anchors, state its head as an anchor, or show a member's timeline.",
        subcommands = {VerifyLedgerCommand.class, AnchorLedgerCommand.class, ShowLedgerCommand.class})
public final class LedgerCommand {}
