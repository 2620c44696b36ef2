package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.text.TokenTrie;
import dev.consentry.redact.internal.text.Tokens;
import java.util.Map;

/** Configured deny-list terms: always reported, as whole words in any capitalization, with score 1. */
public final class DenyListDetector implements Detector {

    private static final EntityType[] TYPES = EntityType.values();

    private final TokenTrie terms;

    public DenyListDetector(Map<String, EntityType> denyList) {
        TokenTrie.Builder b = TokenTrie.builder();
        denyList.forEach((term, type) -> b.add(term, type.ordinal()));
        this.terms = b.build();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    @Override
    public EntityType type() {
        return EntityType.PERSON; // unused: the deny list is not switched by type
    }

    @Override
    public boolean readsEveryToken() {
        return true;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        Tokens t = v.tokens();
        for (int i = 0; i < t.count(); i++) {
            long m = terms.longestMatch(t, i);
            if (m >= 0) {
                int last = (int) (m >>> 32);
                out.add(t.start(i), t.end(last), TYPES[(int) (m & 0xffffffffL)], 1.0);
                i = last;
            }
        }
    }
}
