package dev.consentry.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.TypeConversionException;

import dev.consentry.cli.consent.DecideCommand;
import dev.consentry.cli.consent.ImportCommand;
import dev.consentry.cli.consent.LedgerCommand;
import dev.consentry.cli.consent.PolicyCommand;
import dev.consentry.cli.dataset.BuildCommand;
import dev.consentry.cli.dataset.DatasetsCommand;
import dev.consentry.cli.dataset.ImpactCommand;
import dev.consentry.cli.dataset.LineageCommand;
import dev.consentry.cli.dataset.VerifyDatasetCommand;
import dev.consentry.cli.demo.DemoCommand;
import dev.consentry.cli.io.TerminalText;
import dev.consentry.cli.redact.RedactCommand;
import dev.consentry.dataset.build.OutputInUseException;
import dev.consentry.dataset.io.InputException;
import dev.consentry.store.InvalidDatabaseException;
import dev.consentry.store.StoreException;

/**
 * The {@code consentry} command. Exit status: 0 success, 1 a check failed or the system could not
 * do its work (database unreachable, ledger tampered), 2 a user mistake (bad file, line, field or option).
 */
@Command(name = "consentry", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Train AI models on member data only where it is allowed, and prove it.", ""},
        subcommands = {DemoCommand.class, ImportCommand.class, DecideCommand.class, LedgerCommand.class, PolicyCommand.class, RedactCommand.class,
                BuildCommand.class, VerifyDatasetCommand.class, DatasetsCommand.class, LineageCommand.class, ImpactCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int USER_ERROR = 2;
    public static final int FAILURE = 1;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given output streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out).setErr(err);
        commandLine.registerConverter(Instant.class, Main::instant);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof InputException || e instanceof CommandLine.ParameterException ? USER_ERROR : FAILURE);
        // Messages repeat what the user gave; every one goes through TerminalText before it is printed.
        commandLine.setParameterExceptionHandler(Main::parameterError);
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            if (e instanceof InputException user) {
                user.problems().forEach(problem -> line.getErr().println(TerminalText.escape(problem)));
                return USER_ERROR;
            }
            if (e instanceof StoreException store) {
                line.getErr().println("consentry: " + TerminalText.escape(String.valueOf(store.getMessage())));
                return store instanceof InvalidDatabaseException ? USER_ERROR : FAILURE;
            }
            if (e instanceof OutputInUseException busy) {
                line.getErr().println("consentry: " + TerminalText.escape(String.valueOf(busy.getMessage())));
                return FAILURE;
            }
            throw e;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Picocli's own handling of a bad command line (message, suggestions or usage), with the message escaped. */
    private static int parameterError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(TerminalText.escape(String.valueOf(e.getMessage())));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            command.usage(err, command.getColorScheme());
        }
        return USER_ERROR;
    }

    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not an ISO-8601 instant with an offset, e.g. 2025-01-01T00:00:00Z");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"consentry " + (version == null ? "(development build)" : version)};
        }
    }
}
