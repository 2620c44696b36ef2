package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import java.util.Arrays;

/**
 * The raw matches of all detectors for one text, in parallel primitive arrays (no object per match).
 * Scores may be adjusted in place by the context booster before resolution.
 */
public final class Candidates {

    private static final EntityType[] TYPES = EntityType.values();

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private byte[] types = new byte[16];
    private double[] scores = new double[16];
    private int size;

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
}
