package dev.consentry.cli.dataset;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.consentry.dataset.build.DatasetVerifier;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-hash every file of a dataset against its manifest.json. Exit status 0 when all match; 1 listing "
                + "each missing, changed or unlisted file. Only plain file names in the folder are read; a name with a path in it "
                + "and a symbolic link are problems, never followed. A manifest with a missing, null, unknown or duplicate field "
                + "is exit 2, naming file, line and field."})
public final class VerifyDatasetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The dataset folder.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatasetVerifier.Report report = DatasetVerifier.verify(folder);
        if (report.intact()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: intact — %d files, %,d bytes match the manifest of dataset %s%n", folder,
                    report.filesChecked(), report.bytesChecked(), report.manifest().dataset());
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(problem -> err.println(folder + ": " + problem));
        err.printf("%s: DOES NOT MATCH its manifest (%d problem%s)%n", folder, report.problems().size(), report.problems().size() == 1 ? "" : "s");
        return 1;
    }
}
