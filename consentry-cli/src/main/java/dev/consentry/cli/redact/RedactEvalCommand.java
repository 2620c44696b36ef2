package dev.consentry.cli.redact;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.consentry.redact.eval.EvaluationReport;
import dev.consentry.redact.eval.Evaluator;
import dev.consentry.redact.eval.LabelMapping;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the engine against a gold set: per type, gold count, precision, recall, F1 and F2 at entity level "
                + "(a gold span is found when a predicted span of the right type covers every one of its characters), and "
                + "precision and recall at character level (all personal data, type ignored).",
                "Formats: Presidio's JSON array (full_text, spans with entity_type/start_position/end_position) or JSON Lines "
                        + "{text, spans:[{label,start,end}]} such as WNUT17; offsets in code points. Gold labels without a "
                        + "Consentry type are reported as not detected, not hidden."})
public final class RedactEvalCommand implements Callable<Integer> {
    enum Labels { auto, presidio, wnut17 }

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold set.")
    String gold;

    @Option(names = "--labels", defaultValue = "auto", paramLabel = "MAPPING",
            description = "How gold labels map to types: presidio, wnut17, or auto (presidio for a JSON array, wnut17 for JSON Lines).")
    Labels labels;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GoldFileReader.Gold set = new GoldFileReader().read(gold);
        LabelMapping mapping = switch (labels) {
            case presidio -> LabelMapping.presidio();
            case wnut17 -> LabelMapping.wnut17();
            case auto -> set.format() == GoldFileReader.Format.PRESIDIO ? LabelMapping.presidio() : LabelMapping.wnut17();
        };
        EvaluationReport report = new Evaluator(engineOptions.engine(), mapping).evaluate(set.documents());
        PrintWriter out = spec.commandLine().getOut();
        out.println(gold + " (" + mapping.name() + " labels)");
        out.print(report.render());
        out.flush();
        return 0;
    }
}
