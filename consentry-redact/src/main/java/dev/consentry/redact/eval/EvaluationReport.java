package dev.consentry.redact.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores of one engine on one gold set: per type at entity level, all types pooled (micro average over
 * detectable types), and at character level with types ignored (how much personal text is hidden).
 */
public record EvaluationReport(String goldSet, int documents, List<TypeScores> types, TypeScores overall,
        long goldChars, long predictedChars, long coveredGoldChars) {

    public EvaluationReport {
        requireNonNull(goldSet, "goldSet is null");
        types = List.copyOf(requireNonNull(types, "types is null"));
        requireNonNull(overall, "overall is null");
    }

    public Optional<TypeScores> type(String label) {
        return types.stream().filter(t -> t.label().equals(label)).findFirst();
    }

    /** Fraction of gold personal-data chars covered by any predicted span. */
    public double charRecall() {
        return goldChars == 0 ? Double.NaN : (double) coveredGoldChars / goldChars;
    }

    /** Fraction of predicted chars that are gold personal data. */
    public double charPrecision() {
        return predictedChars == 0 ? Double.NaN : (double) coveredGoldChars / predictedChars;
    }

    /** A plain-text table, one row per type, for terminals and BENCHMARKS.md. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Gold set: ").append(goldSet).append(" (").append(documents).append(" documents)\n");
        String header = String.format(Locale.ROOT, "%-18s %6s %6s %6s %6s %6s %6s%n", "type", "gold", "pred", "P", "R", "F1", "F2");
        sb.append(header);
        sb.append("-".repeat(header.length() - 1)).append('\n');
        for (TypeScores t : types) {
            row(sb, t);
        }
        sb.append("-".repeat(header.length() - 1)).append('\n');
        row(sb, overall);
        sb.append(String.format(Locale.ROOT, "character level (all personal data, type ignored): P %s  R %s  (%d gold chars, %d predicted)%n",
                fmt(charPrecision()), fmt(charRecall()), goldChars, predictedChars));
        return sb.toString();
    }

    private static void row(StringBuilder sb, TypeScores t) {
        if (!t.detectable()) {
            sb.append(String.format(Locale.ROOT, "%-18s %6d %6s %s%n", t.label(), t.gold(), "-", "  not detected (no matching type)"));
            return;
        }
        sb.append(String.format(Locale.ROOT, "%-18s %6d %6d %6s %6s %6s %6s%n", t.label(), t.gold(), t.predicted(),
                fmt(t.precision()), fmt(t.recall()), fmt(t.f1()), fmt(t.f2())));
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
