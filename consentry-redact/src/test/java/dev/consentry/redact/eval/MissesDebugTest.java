package dev.consentry.redact.eval;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.Offsets;
import dev.consentry.redact.RedactionConfig;
import dev.consentry.redact.RedactionEngine;
import dev.consentry.redact.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints misses and false positives of one type for error analysis: {@code -Deval.debug=PERSON}. Off by default. */
@EnabledIfSystemProperty(named = "eval.debug", matches = ".+")
class MissesDebugTest {

    @Test
    void printMisses() {
        String type = System.getProperty("eval.debug");
        boolean wnut = Boolean.getBoolean("eval.wnut");
        RedactionEngine engine = RedactionEngine.create(RedactionConfig.defaults());
        LabelMapping mapping = wnut ? LabelMapping.wnut17() : LabelMapping.presidio();
        List<GoldDocument> docs = wnut ? GoldFiles.wnut("wnut17-dev.jsonl") : GoldFiles.presidio("presidio-synth-v2.json");
        for (GoldDocument d : docs) {
            String text = d.text();
            List<Span> pred = engine.detect(text);
            for (GoldSpan g : d.spans()) {
                EntityType t = mapping.map(g.label()).orElse(null);
                if (t == null || !t.name().equals(type)) {
                    continue;
                }
                int s = Offsets.toChar(text, g.start());
                int e = Offsets.toChar(text, g.end());
                boolean found = pred.stream().anyMatch(p -> p.type() == t && p.start() <= s && p.end() >= e);
                if (!found) {
                    System.out.println("MISS [" + text.substring(s, e).replace("\n", "\\n") + "]  in: " + text.replace("\n", "\\n"));
                }
            }
            for (Span p : pred) {
                if (!p.type().name().equals(type)) {
                    continue;
                }
                boolean tp = d.spans().stream().anyMatch(g -> mapping.map(g.label()).map(x -> x == p.type()).orElse(false)
                        && Offsets.toChar(text, g.start()) < p.end() && p.start() < Offsets.toChar(text, g.end()));
                if (!tp) {
                    System.out.println("FP   [" + p.textIn(text).replace("\n", "\\n") + "] " + p.score() + " in: " + text.replace("\n", "\\n"));
                }
            }
        }
    }
}
