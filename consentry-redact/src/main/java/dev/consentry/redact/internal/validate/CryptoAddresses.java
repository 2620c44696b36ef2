package dev.consentry.redact.internal.validate;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Bitcoin address checksums: Base58Check (P2PKH/P2SH) and Bech32/Bech32m (segwit, BIP-173/350). */
public final class CryptoAddresses {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;

    private CryptoAddresses() {}

    public static boolean isBase58Char(char c) {
        return c < 128 && BASE58.indexOf(c) >= 0;
    }

    /** A P2PKH ('1') or P2SH ('3') address: 25 decoded bytes, version 0x00/0x05, double-SHA-256 checksum. */
    public static boolean isValidBase58Check(CharSequence s) {
        BigInteger v = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(58);
        int leadingOnes = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            int d = BASE58.indexOf(s.charAt(i));
            if (d < 0) {
                return false;
            }
            if (leading && d == 0) {
                leadingOnes++;
            } else {
                leading = false;
            }
            v = v.multiply(base).add(BigInteger.valueOf(d));
        }
        byte[] raw = v.toByteArray();
        int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        int len = raw.length - skip + leadingOnes;
        if (len != 25) {
            return false;
        }
        byte[] bytes = new byte[25];
        System.arraycopy(raw, skip, bytes, leadingOnes, raw.length - skip);
        if (bytes[0] != 0x00 && bytes[0] != 0x05) {
            return false;
        }
        byte[] h = sha256(sha256(bytes, 21), 32);
        for (int i = 0; i < 4; i++) {
            if (h[i] != bytes[21 + i]) {
                return false;
            }
        }
        return true;
    }

    /** A segwit address with human-readable part "bc" and a valid Bech32 or Bech32m checksum. */
    public static boolean isValidBech32(CharSequence s) {
        int len = s.length();
        if (len < 14 || len > 74) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return false;
        }
        String str = s.toString().toLowerCase(java.util.Locale.ROOT);
        if (!str.startsWith("bc1")) {
            return false;
        }
        int[] values = new int[len - 3 + 5];
        values[0] = 3; // hrp "bc" expanded: high bits of 'b','c' then 0, then low bits
        values[1] = 3;
        values[2] = 0;
        values[3] = 'b' & 31;
        values[4] = 'c' & 31;
        for (int i = 3; i < len; i++) {
            int d = BECH32.indexOf(str.charAt(i));
            if (d < 0) {
                return false;
            }
            values[5 + i - 3] = d;
        }
        int chk = polymod(values);
        return chk == BECH32_CONST || chk == BECH32M_CONST;
    }

    private static int polymod(int[] values) {
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int b = chk >>> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ v;
            for (int i = 0; i < 5; i++) {
                if (((b >>> i) & 1) != 0) {
                    chk ^= gen[i];
                }
            }
        }
        return chk;
    }

    private static byte[] sha256(byte[] data, int len) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data, 0, len);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
