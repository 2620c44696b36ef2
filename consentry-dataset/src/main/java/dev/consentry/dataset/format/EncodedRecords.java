package dev.consentry.dataset.format;

import static java.util.Objects.requireNonNull;

import com.github.luben.zstd.Zstd;
import java.util.Arrays;

/**
 * Records encoded for a JSON Lines shard away from the shard's writer — on a build's worker — as
 * their lines one after another and as the same lines compressed into one zstd frame. A shard is a
 * run of such frames (concatenated frames are one valid zstd stream, which every zstd reader
 * decompresses whole), so the one thread that writes shards in order only appends bytes, and
 * compression, the costliest part of writing, runs on every worker.
 *
 * <p>When a shard boundary falls inside a run, the writer takes {@link #frame(int, int)} of each
 * part, which compresses that part afresh. Where boundaries fall depends on record counts alone,
 * and zstd at a fixed level gives the same frame for the same bytes, so a shard's bytes do not
 * depend on which thread compressed what.
 *
 * <p>Holds arrays and is handed from one thread to another, never compared: a class, not a record.
 */
public final class EncodedRecords {
    /** zstd's default level: fixed, because the level is part of what makes the bytes reproducible. */
    static final int LEVEL = 3;

    private final byte[] lines;
    private final int[] ends;
    private final byte[] frame;

    /**
     * @param lines the records' lines, newline included, one after another
     * @param ends where each record's line ends in {@code lines}
     */
    EncodedRecords(byte[] lines, int[] ends) {
        this.lines = requireNonNull(lines, "lines is null");
        this.ends = requireNonNull(ends, "ends is null");
        this.frame = ends.length == 0 ? new byte[0] : compress(lines, 0, ends[ends.length - 1]);
    }

    public int count() {
        return ends.length;
    }

    /** Records {@code from} (inclusive) to {@code to} (exclusive) as one zstd frame; empty when there are none. */
    public byte[] frame(int from, int to) {
        if (from < 0 || to > ends.length || from > to) {
            throw new IndexOutOfBoundsException("records " + from + " to " + to + " of " + ends.length);
        }
        if (from == to) {
            return new byte[0];
        }
        if (from == 0 && to == ends.length) {
            return frame;
        }
        int start = from == 0 ? 0 : ends[from - 1];
        return compress(lines, start, ends[to - 1] - start);
    }

    private static byte[] compress(byte[] source, int offset, int length) {
        byte[] target = new byte[Math.toIntExact(Zstd.compressBound(length))];
        long size = Zstd.compressByteArray(target, 0, target.length, source, offset, length, LEVEL);
        if (Zstd.isError(size)) {
            throw new IllegalStateException("zstd cannot compress " + length + " bytes: " + Zstd.getErrorName(size));
        }
        return Arrays.copyOf(target, (int) size);
    }
}
