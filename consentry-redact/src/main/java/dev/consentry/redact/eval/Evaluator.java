package dev.consentry.redact.eval;

import static java.util.Objects.requireNonNull;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.Offsets;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.redact.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores an engine against gold spans.
 *
 * <ul>
 *   <li>A gold span is <b>found</b> when every one of its chars is covered by predicted spans of the mapped type.</li>
 *   <li>A predicted span is a <b>true positive</b> when it overlaps a gold span of its type.</li>
 *   <li>Character level ignores types: recall is the share of gold personal-data chars (mapped labels
 *       only) under any prediction; precision the share of predicted chars that are gold personal data.</li>
 * </ul>
 * Gold offsets are code points and are converted to chars per document.
 */
public final class Evaluator {

    private final RedactionEngine engine;
    private final LabelMapping mapping;

    public Evaluator(RedactionEngine engine, LabelMapping mapping) {
        this.engine = requireNonNull(engine, "engine is null");
        this.mapping = requireNonNull(mapping, "mapping is null");
    }

    public EvaluationReport evaluate(Iterable<GoldDocument> documents) {
        Map<EntityType, int[]> perType = new EnumMap<>(EntityType.class); // gold, predicted, found, tp
        Map<String, Integer> undetectable = new TreeMap<>();
        long goldChars = 0;
        long predictedChars = 0;
        long covered = 0;
        int docs = 0;
        for (GoldDocument doc : documents) {
            docs++;
            String text = doc.text();
            List<Span> predicted = engine.detect(text);
            List<Span> gold = new ArrayList<>();
            for (GoldSpan g : doc.spans()) {
                Optional<EntityType> t = mapping.map(g.label());
                if (t.isEmpty()) {
                    undetectable.merge(g.label(), 1, Integer::sum);
                    continue;
                }
                gold.add(new Span(Offsets.toChar(text, g.start()), Offsets.toChar(text, g.end()), t.get(), 1.0));
            }
            for (Span g : gold) {
                int[] c = perType.computeIfAbsent(g.type(), k -> new int[4]);
                c[0]++;
                if (coveredByType(g, predicted)) {
                    c[2]++;
                }
            }
            for (Span p : predicted) {
                int[] c = perType.computeIfAbsent(p.type(), k -> new int[4]);
                c[1]++;
                for (Span g : gold) {
                    if (g.type() == p.type() && g.overlaps(p)) {
                        c[3]++;
                        break;
                    }
                }
            }
            BitSet goldBits = bits(gold);
            BitSet predBits = bits(predicted);
            goldChars += goldBits.cardinality();
            predictedChars += predBits.cardinality();
            goldBits.and(predBits);
            covered += goldBits.cardinality();
        }
        List<TypeScores> rows = new ArrayList<>();
        int[] total = new int[4];
        for (Map.Entry<EntityType, int[]> e : perType.entrySet()) {
            int[] c = e.getValue();
            rows.add(new TypeScores(e.getKey().name(), true, c[0], c[1], c[2], c[3]));
            for (int k = 0; k < 4; k++) {
                total[k] += c[k];
            }
        }
        undetectable.forEach((label, n) -> rows.add(new TypeScores(label, false, n, 0, 0, 0)));
        TypeScores overall = new TypeScores("ALL (detectable)", true, total[0], total[1], total[2], total[3]);
        return new EvaluationReport(mapping.name(), docs, rows, overall, goldChars, predictedChars, covered);
    }

    private static boolean coveredByType(Span g, List<Span> predicted) {
        int pos = g.start();
        for (Span p : predicted) { // sorted and non-overlapping
            if (p.type() != g.type() || p.end() <= pos) {
                continue;
            }
            if (p.start() > pos) {
                return false;
            }
            pos = p.end();
            if (pos >= g.end()) {
                return true;
            }
        }
        return false;
    }

    private static BitSet bits(List<Span> spans) {
        BitSet b = new BitSet();
        for (Span s : spans) {
            b.set(s.start(), s.end());
        }
        return b;
    }
}
