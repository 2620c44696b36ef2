package dev.consentry.redact.internal.text;

import java.util.Map;

/**
 * An immutable case-insensitive map from word to int, looked up by a slice of a {@link CharSequence}
 * without creating a String. The gazetteer and trie lookups run once per token of every record, so
 * avoiding the substring + toLowerCase allocation there matters for throughput.
 */
public final class TokenDictionary {

    public static final int ABSENT = -1;

    /**
     * Per slot, four ints: the key's (never zero) hash, 0 for an empty slot; its value; its offset in
     * {@link #pool}; its length. A probe reads one cache line of this array and, on a hash match, the
     * key's chars in the pool: two memory accesses, where separate arrays for hashes, values and key
     * objects cost four cache misses per hit in a table of a quarter million names.
     */
    private final int[] slots;
    /** Every key's folded chars, one after another. */
    private final char[] pool;
    private final int mask;
    private final int size;

    private TokenDictionary(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        int[] table = new int[capacity * 4];
        int chars = 0;
        for (String key : entries.keySet()) {
            chars += key.length();
        }
        char[] keys = new char[chars];
        mask = capacity - 1;
        int used = 0;
        int n = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            char[] k = fold(e.getKey());
            int h = hash(new String(k), 0, k.length);
            int slot = h & mask;
            while (table[slot * 4] != 0 && !(table[slot * 4 + 3] == k.length
                    && java.util.Arrays.equals(keys, table[slot * 4 + 2], table[slot * 4 + 2] + k.length, k, 0, k.length))) {
                slot = (slot + 1) & mask;
            }
            if (table[slot * 4] == 0) { // a new key; an equal folded key ("Jane", "jane") keeps the last value
                n++;
                System.arraycopy(k, 0, keys, used, k.length);
                table[slot * 4] = h;
                table[slot * 4 + 2] = used;
                table[slot * 4 + 3] = k.length;
                used += k.length;
            }
            table[slot * 4 + 1] = e.getValue();
        }
        slots = table;
        pool = keys;
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
        for (int slot = 0; slot < slots.length; slot += 4) {
            int value = slots[slot + 1];
            if (slots[slot] != 0 && value != ABSENT && (value & valueMask) != 0) {
                int b = slots[slot] & m;
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
            int kh = slots[slot * 4];
            if (kh == 0) {
                return ABSENT;
            }
            if (kh == h && slots[slot * 4 + 3] == len && equalsFolded(pool, slots[slot * 4 + 2], len, s, start)) {
                return slots[slot * 4 + 1];
            }
        }
    }

    /** {@link #get(CharSequence, int, int)} on an array with its (mixed) hash: the same probe and compare. */
    private int get(char[] s, int start, int end, int h) {
        int len = end - start;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int kh = slots[slot * 4];
            if (kh == 0) {
                return ABSENT;
            }
            if (kh == h && slots[slot * 4 + 3] == len && equalsFolded(pool, slots[slot * 4 + 2], len, s, start)) {
                return slots[slot * 4 + 1];
            }
        }
    }

    private static boolean equalsFolded(char[] keys, int from, int len, char[] s, int start) {
        for (int i = 0; i < len; i++) {
            if (keys[from + i] != fold(s[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsFolded(char[] keys, int from, int len, CharSequence s, int start) {
        for (int i = 0; i < len; i++) {
            if (keys[from + i] != fold(s.charAt(start + i))) {
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
