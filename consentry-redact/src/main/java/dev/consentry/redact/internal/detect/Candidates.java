package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import java.util.Arrays;

/**
 * The raw matches of all detectors for one text, in parallel primitive arrays (no object per match).
 * Scores may be adjusted in place by the context booster before resolution.
 */
public final class Candidates {

    private static final EntityType[] TYPES = EntityType.values();

    private int[] starts;
    private int[] ends;
    private byte[] types;
    private double[] scores;
    private int size;

    public Candidates() {
        this(16);
    }

    Candidates(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
        scores = new double[capacity];
    }

    public void add(int start, int end, EntityType type, double score) {
        if (end <= start) {
            return;
        }
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            types = Arrays.copyOf(types, cap);
            scores = Arrays.copyOf(scores, cap);
        }
        starts[size] = start;
        ends[size] = end;
        types[size] = (byte) type.ordinal();
        scores[size] = Math.max(0.0, Math.min(1.0, score));
        size++;
    }

    /** Forgets all candidates, keeping the arrays (per-thread reuse). */
    public void clear() {
        size = 0;
    }

    /** The array capacity, so that a scratch can drop candidates grown by a huge text. */
    int capacity() {
        return starts.length;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public EntityType type(int i) {
        return TYPES[types[i]];
    }

    public double score(int i) {
        return scores[i];
    }

    public void setScore(int i, double score) {
        scores[i] = Math.max(0.0, Math.min(1.0, score));
    }

    /** Orders by start; only for non-overlapping spans, whose starts are distinct, so this is a total order. */
    void sortByStart() {
        boolean sorted = true;
        for (int k = 1; k < size && sorted; k++) {
            sorted = starts[k - 1] < starts[k];
        }
        if (sorted) {
            return;
        }
        if (size <= 64) {
            // a record's few spans: insertion sort in place, no arrays allocated
            for (int k = 1; k < size; k++) {
                int s = starts[k];
                int e = ends[k];
                byte t = types[k];
                double sc = scores[k];
                int j = k - 1;
                while (j >= 0 && starts[j] > s) {
                    starts[j + 1] = starts[j];
                    ends[j + 1] = ends[j];
                    types[j + 1] = types[j];
                    scores[j + 1] = scores[j];
                    j--;
                }
                starts[j + 1] = s;
                ends[j + 1] = e;
                types[j + 1] = t;
                scores[j + 1] = sc;
            }
            return;
        }
        long[] keys = new long[size];
        for (int k = 0; k < size; k++) {
            keys[k] = ((long) starts[k] << 32) | k;
        }
        Arrays.sort(keys);
        int[] s = new int[size];
        int[] e = new int[size];
        byte[] t = new byte[size];
        double[] sc = new double[size];
        for (int k = 0; k < size; k++) {
            int from = (int) keys[k];
            s[k] = starts[from];
            e[k] = ends[from];
            t[k] = types[from];
            sc[k] = scores[from];
        }
        starts = s;
        ends = e;
        types = t;
        scores = sc;
    }
}
