package dev.consentry.redact.internal.text;

import java.util.Map;

/**
 * An immutable case-insensitive map from word to int, looked up by a slice of a {@link CharSequence}
 * without creating a String. The gazetteer and trie lookups run once per token of every record, so
 * avoiding the substring + toLowerCase allocation there matters for throughput.
 */
public final class TokenDictionary {

    public static final int ABSENT = -1;

    private final char[][] keys;
    /** The (never zero) hash of each slot's key, 0 for an empty slot: a miss rarely touches a key. */
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int size;

    private TokenDictionary(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        int n = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            char[] k = fold(e.getKey());
            int slot = slotFor(k, 0, k.length);
            if (keys[slot] == null) {
                n++;
            }
            keys[slot] = k;
            hashes[slot] = hash(new String(k), 0, k.length);
            values[slot] = e.getValue();
        }
        size = n;
    }

    /** A set of words (each mapped to 1), for cue and suffix lists. */
    public static TokenDictionary ofWords(String... words) {
        Map<String, Integer> entries = new java.util.HashMap<>();
        for (String word : words) {
            entries.put(word, 1);
        }
        return of(entries);
    }

    public static TokenDictionary of(Map<String, Integer> entries) {
        return new TokenDictionary(entries);
    }

    public int size() {
        return size;
    }

    /**
     * A bit set over the hashes of the keys whose value shares a bit with {@code valueMask}: when
     * {@link #mayHaveValueBits} says no, {@link #get} would return {@link #ABSENT} or a value without those
     * bits, so the caller can skip the lookup. Small enough to stay in cache where the table does not.
     */
    public long[] valueBitsFilter(int valueMask, int log2Bits) {
        long[] bits = new long[1 << Math.max(0, log2Bits - 6)];
        int m = (bits.length << 6) - 1;
        for (int slot = 0; slot < hashes.length; slot++) {
            if (hashes[slot] != 0 && values[slot] != ABSENT && (values[slot] & valueMask) != 0) {
                int b = hashes[slot] & m;
                bits[b >>> 6] |= 1L << b;
            }
        }
        return bits;
    }

    /** False when no key of {@code filter} (from {@link #valueBitsFilter}) equals {@code s[start, end)}. */
    public static boolean mayHaveValueBits(long[] filter, CharSequence s, int start, int end) {
        int h = s instanceof CharArrayText a ? mix(a.rawHash(start, end)) : hash(s, start, end);
        int b = h & ((filter.length << 6) - 1);
        return (filter[b >>> 6] & (1L << b)) != 0;
    }

    /** {@link #mayHaveValueBits(long[], CharSequence, int, int)} for a whole token, from the tokenizer's hash. */
    public static boolean mayHaveValueBits(long[] filter, Tokens t, int i) {
        int b = mix(t.hash(i)) & ((filter.length << 6) - 1);
        return (filter[b >>> 6] & (1L << b)) != 0;
    }

    public boolean contains(CharSequence s, int start, int end) {
        return get(s, start, end) != ABSENT;
    }

    public boolean contains(String s) {
        return get(s, 0, s.length()) != ABSENT;
    }

    /** The value for {@code s[start, end)} compared case-insensitively, or {@link #ABSENT}. */
    public int get(CharSequence s, int start, int end) {
        if (s instanceof CharArrayText a) {
            return get(a.array(), start, end, mix(a.rawHash(start, end)));
        }
        int h = hash(s, start, end);
        int len = end - start;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int kh = hashes[slot];
            if (kh == 0) {
                return ABSENT;
            }
            if (kh == h) {
                char[] k = keys[slot];
                if (k.length == len && equalsFolded(k, s, start)) {
                    return values[slot];
                }
            }
        }
    }

    /** {@link #get(CharSequence, int, int)} on an array with its (mixed) hash: the same probe and compare. */
    private int get(char[] s, int start, int end, int h) {
        int len = end - start;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int kh = hashes[slot];
            if (kh == 0) {
                return ABSENT;
            }
            if (kh == h) {
                char[] k = keys[slot];
                if (k.length == len && equalsFolded(k, s, start)) {
                    return values[slot];
                }
            }
        }
    }

    private static boolean equalsFolded(char[] k, char[] s, int start) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != fold(s[start + i])) {
                return false;
            }
        }
        return true;
    }

    private int slotFor(char[] k, int start, int end) {
        int h = hash(new String(k), start, end);
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            char[] existing = keys[slot];
            if (existing == null || java.util.Arrays.equals(existing, k)) {
                return slot;
            }
        }
    }

    private static boolean equalsFolded(char[] k, CharSequence s, int start) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != fold(s.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return mix(h);
    }

    private static int mix(int h) {
        h = h ^ (h >>> 16) ^ (h * 0x9E3779B9 >>> 7);
        return h != 0 ? h : 1; // 0 marks an empty slot
    }

    /** Char-wise folding, used for keys and lookups alike, so the two always agree. */
    public static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    private static char[] fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return out;
    }
}
