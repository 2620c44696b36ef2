package dev.consentry.cli.consent;

import picocli.CommandLine.Command;

/** {@code consentry policy show}. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Show the consent policy.", subcommands = {ShowPolicyCommand.class})
public final class PolicyCommand {}
