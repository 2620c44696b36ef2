package dev.consentry.redact.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases (member names, deny-list terms) matched over {@link Tokens} in one left-to-right
 * walk: each distinct word gets an id in a {@link TokenDictionary}, and trie edges are (node, word id)
 * pairs in an open-addressing long-to-int table. Matching cost is proportional to the tokens visited,
 * not to the number of phrases, which keeps 100k+ member names cheap.
 */
public final class TokenTrie {

    private final TokenDictionary words;
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    private final int[] payload; // per node: -1 when no phrase ends there

    private TokenTrie(TokenDictionary words, Map<Long, Integer> edges, List<Integer> payload) {
        this.words = words;
        int cap = Integer.highestOneBit(Math.max(4, edges.size() * 2 - 1)) << 1;
        edgeKeys = new long[cap];
        edgeTargets = new int[cap];
        edgeMask = cap - 1;
        java.util.Arrays.fill(edgeKeys, -1L);
        edges.forEach((k, v) -> {
            int slot = mix(k) & edgeMask;
            while (edgeKeys[slot] != -1L) {
                slot = (slot + 1) & edgeMask;
            }
            edgeKeys[slot] = k;
            edgeTargets[slot] = v;
        });
        this.payload = payload.stream().mapToInt(Integer::intValue).toArray();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return payload.length <= 1;
    }

    /**
     * The longest phrase starting at token {@code first}, as {@code (lastToken << 32) | payload}, or -1.
     * Tokens of a phrase must be separated by horizontal whitespace only.
     */
    public long longestMatch(Tokens tokens, int first) {
        CharSequence text = tokens.text();
        int node = 0;
        long best = -1;
        for (int t = first; t < tokens.count(); t++) {
            if (t > first && !tokens.spaceBetween(t - 1, 3)) {
                break;
            }
            int id = words.get(text, tokens.start(t), tokens.end(t));
            if (id == TokenDictionary.ABSENT) {
                break;
            }
            node = edge(node, id);
            if (node < 0) {
                break;
            }
            if (payload[node] >= 0) {
                best = ((long) t << 32) | payload[node];
            }
        }
        return best;
    }

    private int edge(int node, int wordId) {
        long key = ((long) node << 32) | wordId;
        for (int slot = mix(key) & edgeMask; ; slot = (slot + 1) & edgeMask) {
            long k = edgeKeys[slot];
            if (k == -1L) {
                return -1;
            }
            if (k == key) {
                return edgeTargets[slot];
            }
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Collects phrases; a phrase is split into tokens with the same rules as {@link Tokens}. */
    public static final class Builder {
        private final Map<String, Integer> wordIds = new HashMap<>();
        private final Map<Long, Integer> edges = new HashMap<>();
        private final List<Integer> payload = new ArrayList<>(List.of(-1));

        private Builder() {}

        /** Adds a phrase; returns false when it has no word token. A later add of the same phrase wins. */
        public boolean add(String phrase, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("payload must be >= 0");
            }
            Tokens tokens = Tokens.of(phrase);
            if (tokens.count() == 0) {
                return false;
            }
            int node = 0;
            for (int t = 0; t < tokens.count(); t++) {
                StringBuilder w = new StringBuilder();
                for (int k = tokens.start(t); k < tokens.end(t); k++) {
                    w.append(TokenDictionary.fold(phrase.charAt(k)));
                }
                int id = wordIds.computeIfAbsent(w.toString(), k -> wordIds.size());
                long key = ((long) node << 32) | id;
                Integer next = edges.get(key);
                if (next == null) {
                    next = payload.size();
                    payload.add(-1);
                    edges.put(key, next);
                }
                node = next;
            }
            payload.set(node, value);
            return true;
        }

        public TokenTrie build() {
            return new TokenTrie(TokenDictionary.of(wordIds), edges, payload);
        }
    }
}
