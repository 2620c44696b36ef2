package dev.consentry.redact.internal.operator;

import dev.consentry.redact.DropVerdict;
import dev.consentry.redact.EntityType;
import dev.consentry.redact.Operator;
import dev.consentry.redact.Redaction;
import dev.consentry.redact.Span;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applies an {@link Operator} to the detected spans of one text. Stateless; one call per record. */
public final class Redactor {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Surrogates surrogates;

    public Redactor(Surrogates surrogates) {
        this.surrogates = surrogates;
    }

    public Redaction apply(String text, List<Span> spans, Operator op) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        long covered = 0;
        for (Span s : spans) {
            counts.merge(s.type(), 1, Integer::sum);
            covered += s.length();
        }
        Operator effective = op;
        if (op instanceof Operator.Drop drop) {
            DropVerdict verdict = verdict(drop, text.length(), covered, counts);
            if (verdict.dropped()) {
                return new Redaction("", spans, counts, verdict);
            }
            effective = drop.otherwise();
        }
        if (spans.isEmpty()) {
            return new Redaction(text, spans, counts, DropVerdict.keep());
        }
        KeyedHash hash = null;
        if (effective instanceof Operator.Pseudonym p) {
            hash = new KeyedHash(p.key());
        } else if (effective instanceof Operator.Surrogate s) {
            hash = new KeyedHash(s.key());
        }
        // Same value, same replacement within the record, even for operators that are not deterministic by design.
        Map<String, String> memo = new HashMap<>();
        StringBuilder out = new StringBuilder(text.length() + spans.size() * 8);
        int pos = 0;
        for (Span s : spans) {
            out.append(text, pos, s.start());
            String value = text.substring(s.start(), s.end());
            out.append(replacement(effective, s.type(), value, hash, memo));
            pos = s.end();
        }
        out.append(text, pos, text.length());
        return new Redaction(out.toString(), spans, counts, DropVerdict.keep());
    }

    private String replacement(Operator op, EntityType type, String value, KeyedHash hash, Map<String, String> memo) {
        if (op instanceof Operator.Placeholder) {
            return "<" + type.name() + ">";
        }
        if (op instanceof Operator.Mask m) {
            int keep = m.keepTrailing() >= value.length() ? 0 : m.keepTrailing(); // never reveal a whole value
            return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
        }
        String memoKey = type.ordinal() + ":" + KeyedHash.normalize(value);
        String cached = memo.get(memoKey);
        if (cached != null) {
            return cached;
        }
        String result;
        if (op instanceof Operator.Pseudonym) {
            byte[] h = hash.hash("pseudonym", value);
            StringBuilder sb = new StringBuilder("<").append(type.name()).append('_');
            for (int i = 0; i < 3; i++) {
                sb.append(HEX[(h[i] >> 4) & 0xf]).append(HEX[h[i] & 0xf]);
            }
            result = sb.append('>').toString();
        } else {
            result = surrogates.fake(type, value, hash.hash("surrogate:" + type.name(), value));
        }
        memo.put(memoKey, result);
        return result;
    }

    private static DropVerdict verdict(Operator.Drop drop, int length, long covered, Map<EntityType, Integer> counts) {
        for (EntityType t : drop.dropTypes()) {
            if (counts.containsKey(t)) {
                return new DropVerdict(DropVerdict.Reason.TYPE_PRESENT, t.name() + " present");
            }
        }
        double density = length == 0 ? 0.0 : (double) covered / length;
        if (density > drop.maxDensity()) {
            return new DropVerdict(DropVerdict.Reason.PII_DENSITY,
                    String.format(Locale.ROOT, "personal-data density %.3f > %.3f", density, drop.maxDensity()));
        }
        return DropVerdict.keep();
    }
}
