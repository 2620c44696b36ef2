package dev.consentry.redact.eval;

import static java.util.Objects.requireNonNull;

/**
 * Entity-level scores of one type. {@code found}: gold spans entirely covered by predicted spans of the
 * type; {@code truePositives}: predicted spans overlapping a gold span of the type. Ratios with a zero
 * denominator are {@code NaN} and shown as "-".
 */
public record TypeScores(String label, boolean detectable, int gold, int predicted, int found, int truePositives) {

    public TypeScores {
        requireNonNull(label, "label is null");
    }

    public double precision() {
        return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 || !detectable ? Double.NaN : (double) found / gold;
    }

    public double f1() {
        return fBeta(1.0);
    }

    public double f2() {
        return fBeta(2.0);
    }

    private double fBeta(double beta) {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
            return Double.NaN;
        }
        double b2 = beta * beta;
        return (1 + b2) * p * r / (b2 * p + r);
    }
}
