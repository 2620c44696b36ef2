package dev.consentry.redact.eval;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.Offsets;
import dev.consentry.redact.RedactionConfig;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.redact.Span;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints, per gold type, how many personal-data chars no prediction covers, and each partly or wholly missed
 * gold span with the uncovered chars shown as {@code _}: {@code -Deval.chars=true}. Off by default; for error
 * analysis of the character-level recall only.
 */
@EnabledIfSystemProperty(named = "eval.chars", matches = "true")
class CharMissesDebugTest {

    @Test
    void printUncoveredChars() {
        RedactionEngine engine = RedactionEngine.create(RedactionConfig.defaults());
        LabelMapping mapping = LabelMapping.presidio();
        Map<String, int[]> perType = new TreeMap<>();
        for (GoldDocument d : GoldFiles.presidio("presidio-synth-v2.json")) {
            String text = d.text();
            BitSet pred = new BitSet();
            for (Span p : engine.detect(text)) {
                pred.set(p.start(), p.end());
            }
            for (GoldSpan g : d.spans()) {
                Optional<EntityType> t = mapping.map(g.label());
                if (t.isEmpty()) {
                    continue;
                }
                int s = Offsets.toChar(text, g.start());
                int e = Offsets.toChar(text, g.end());
                int missed = 0;
                StringBuilder shown = new StringBuilder();
                for (int k = s; k < e; k++) {
                    if (pred.get(k)) {
                        shown.append(text.charAt(k));
                    } else {
                        missed++;
                        shown.append(text.charAt(k) == ' ' ? '~' : '_');
                    }
                }
                int[] c = perType.computeIfAbsent(g.label(), k -> new int[2]);
                c[0] += e - s;
                c[1] += missed;
                if (missed > 0) {
                    System.out.println("CHARS " + g.label() + " " + missed + " [" + text.substring(s, e).replace("\n", "\\n")
                            + "] -> [" + shown.toString().replace("\n", "\\n") + "] in: " + text.replace("\n", "\\n"));
                }
            }
        }
        perType.forEach((label, c) -> System.out.println("TOTAL " + label + " gold " + c[0] + " missed " + c[1]));
    }
}
