package dev.consentry.consent.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ledger's hash chain: each entry's hash covers the previous entry's hash, its own sequence
 * and its canonical JSON, so changing, removing or reordering any stored entry breaks every hash
 * after it. The first entry chains from {@link #GENESIS}.
 */
public final class LedgerHash {
    public static final String GENESIS = "0".repeat(64);

    private LedgerHash() {}

    public static String of(String previousHash, long sequence, String canonicalJson) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(Long.toString(sequence).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
