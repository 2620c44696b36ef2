package dev.consentry.dataset.format;

/**
 * The UTF-8 byte order mark: editors on Windows write it at the start of a file, where content
 * readers skip it. Anywhere else — the start of a later line or record — it is what two files pasted
 * together leave behind, and it would otherwise slip into the first field (an id that looks like
 * another but is not): such a line is refused.
 */
final class ByteOrderMark {
    static final byte[] BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final char CHAR = '\uFEFF';
    static final String MISPLACED = "a byte order mark is allowed only at the start of the file";

    private ByteOrderMark() {}
}
