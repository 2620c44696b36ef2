package dev.consentry.store;

/**
 * The ids an import has written so far, as a Bloom filter of fixed size (16 MB): "never seen" is
 * certain, "maybe seen" sends the caller to the database. It lets the first import into an empty
 * registry skip the per-line ledger lookup, which is most of its time (a round trip per line on
 * PostgreSQL), in bounded memory whatever the number of members; a false "maybe" (under 1% at ten
 * million ids) only costs that lookup.
 */
final class SeenIds {
    private static final int BITS_LOG2 = 27;
    private static final int MASK = (1 << BITS_LOG2) - 1;
    private static final int PROBES = 3;

    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    void add(String id) {
        long hash = hash(id);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32);
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & MASK;
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mayContain(String id) {
        long hash = hash(id);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32);
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & MASK;
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the chars, then a 64-bit finalizer so both halves are well mixed. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
