package dev.consentry.dataset.build;

/**
 * The content ids a build has seen, so that a later record with an id already seen is left out
 * ({@link Exclusion#DUPLICATE_ID}) and no dataset holds two records with one id.
 *
 * <p>Footprint: a build may read tens of millions of records, so the set keeps no strings, only a
 * 64-bit fingerprint of each id in one open-addressing {@code long[]} (linear probing, at most 3/4
 * full): 8 bytes a slot, 11–21 bytes an id, 256 MiB for 21 million ids (BENCHMARKS.md, "Duplicate
 * ids"). Fingerprints are computed on the build's worker threads ({@link #fingerprint}); only
 * {@link #add} runs on the thread that takes results in input order, so which of two records with
 * one id is kept depends on the input alone.
 *
 * <p>Exactness: two different ids with one fingerprint would make the later one a "duplicate". With a
 * well-mixed 64-bit hash that happens with probability about n²/2⁶⁵ — 1 in 80,000 builds of 21
 * million records — and errs on the safe side: a record left out and counted, never two records
 * with one id.
 */
final class ContentIds {
    private static final long EMPTY = 0;
    /** Stands in for a fingerprint that happens to be {@link #EMPTY}. */
    private static final long ZERO = 0x9E3779B97F4A7C15L;

    private long[] slots = new long[1 << 16];
    private int size;

    /** A 64-bit fingerprint of {@code id}: murmur3-style mixing of its chars, four to a step. Thread-safe. */
    static long fingerprint(String id) {
        long h = 0x2545F4914F6CDD1DL;
        int n = id.length();
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long k = id.charAt(i) | (long) id.charAt(i + 1) << 16 | (long) id.charAt(i + 2) << 32 | (long) id.charAt(i + 3) << 48;
            h ^= mixK(k);
            h = Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
        }
        long k = 0;
        for (int shift = 0; i < n; i++, shift += 16) {
            k |= (long) id.charAt(i) << shift;
        }
        h ^= mixK(k);
        return fmix(h ^ n);
    }

    private static long mixK(long k) {
        k *= 0x87C37B91114253D5L;
        k = Long.rotateLeft(k, 31);
        return k * 0x4CF5AD432745937FL;
    }

    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }

    /** Adds a fingerprint; false when it was already there. */
    boolean add(long fingerprint) {
        long key = fingerprint == EMPTY ? ZERO : fingerprint;
        int mask = slots.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == key) {
                return false;
            }
            if (slot == EMPTY) {
                slots[i] = key;
                if (++size > slots.length / 4 * 3) {
                    grow();
                }
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = (int) key & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = key;
            }
        }
    }
}
