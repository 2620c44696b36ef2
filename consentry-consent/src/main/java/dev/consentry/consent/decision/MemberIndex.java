package dev.consentry.consent.decision;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact map from member id to a dense index 0..n-1, for snapshots of millions of members.
 *
 * <p>A {@code HashMap<String, Integer>} costs about 100 bytes a member; this keeps the ids as
 * UTF-8 in one byte array with an offset table and an open-addressing table of indexes, about
 * 25 bytes a member for ids of ten characters. Appending is the only mutation, before the
 * snapshot is published; afterwards it is read-only and safe to share between threads.
 */
final class MemberIndex {
    private byte[] bytes = new byte[1 << 12];
    private int byteCount;
    private int[] offsets = new int[1 << 8];
    private int size;
    private int[] table = new int[1 << 9]; // index + 1; 0 is empty
    private int mask = table.length - 1;

    int size() {
        return size;
    }

    /** Adds {@code id} and returns its index; an id added before keeps its index. */
    int add(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int existing = find(key);
        if (existing >= 0) {
            return existing;
        }
        if ((size + 1) * 2 > table.length) {
            rehash(table.length * 2);
        }
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        if (byteCount + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteCount + key.length));
        }
        System.arraycopy(key, 0, bytes, byteCount, key.length);
        offsets[size] = byteCount;
        byteCount += key.length;
        offsets[size + 1] = byteCount;
        insert(size, hash(key, 0, key.length));
        return size++;
    }

    /**
     * The index of {@code id}, or -1. Ids are almost always ASCII, whose UTF-8 bytes are its chars:
     * those are hashed and compared char by char, without encoding (the snapshot's hot path).
     */
    int indexOf(String id) {
        int length = id.length();
        int h = 0x9747b28c;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return find(id.getBytes(StandardCharsets.UTF_8));
            }
            h = (h ^ (byte) c) * 0x01000193;
        }
        h ^= h >>> 16;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int index = entry - 1;
            if (equalsAscii(offsets[index], offsets[index + 1], id)) {
                return index;
            }
        }
    }

    private boolean equalsAscii(int from, int to, String id) {
        if (to - from != id.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (bytes[from + i] != (byte) id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    String idAt(int index) {
        return new String(bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    }

    /** Drops spare capacity once all ids are in. */
    void trim() {
        bytes = Arrays.copyOf(bytes, byteCount);
        offsets = Arrays.copyOf(offsets, size + 1);
    }

    private int find(byte[] key) {
        for (int slot = hash(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int index = entry - 1;
            int start = offsets[index];
            if (Arrays.equals(bytes, start, offsets[index + 1], key, 0, key.length)) {
                return index;
            }
        }
    }

    private void insert(int index, int hash) {
        int slot = hash & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = index + 1;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        mask = capacity - 1;
        for (int index = 0; index < size; index++) {
            insert(index, hash(bytes, offsets[index], offsets[index + 1]));
        }
    }

    private static int hash(byte[] data, int from, int to) {
        int h = 0x9747b28c;
        for (int i = from; i < to; i++) {
            h = (h ^ data[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
