package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.text.Tokens;
import dev.consentry.redact.internal.validate.CryptoAddresses;

/**
 * Cryptocurrency wallet addresses: Bitcoin P2PKH/P2SH (Base58Check), Bitcoin segwit (Bech32/Bech32m),
 * both checksum-validated, and Ethereum ("0x" + 40 hex digits; the EIP-55 mixed-case checksum needs
 * Keccak-256, which the JDK lacks, so it is not checked and the score is lower).
 */
public final class CryptoDetector implements Detector {

    static final double BTC_SCORE = 0.95;
    static final double ETH_SCORE = 0.85;
    private static final int MIN_LENGTH = 14;

    @Override
    public EntityType type() {
        return EntityType.CRYPTO;
    }

    @Override
    public boolean readsEveryToken() {
        return true;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        // Every address is an ASCII letter-and-digit run of 14+ chars, and such a run lies inside one word
        // token at least as long: only those few tokens are scanned.
        Tokens t = v.tokens();
        for (int k = 0; k < t.count(); k++) {
            if (t.length(k) >= MIN_LENGTH) {
                scan(v, t.start(k), t.end(k), out);
            }
        }
    }

    private static void scan(TextView v, int from, int n, Candidates out) {
        int i = from;
        while (i < n) {
            char c = v.charAt(i);
            if (!TextView.isAsciiAlnum(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && TextView.isAsciiAlnum(v.charAt(i))) {
                i++;
            }
            char before = v.at(start - 1);
            if (TextView.isWordChar(before) || TextView.isWordChar(v.at(i)) || before == '/' || before == '.'
                    || before == '@') {
                continue;
            }
            int len = i - start;
            if (len == 42 && c == '0' && (v.charAt(start + 1) == 'x' || v.charAt(start + 1) == 'X') && hex(v, start + 2, i)) {
                out.add(start, i, EntityType.CRYPTO, ETH_SCORE);
            } else if ((c == '1' || c == '3') && len >= 25 && len <= 34 && CryptoAddresses.isValidBase58Check(v.text().subSequence(start, i))) {
                out.add(start, i, EntityType.CRYPTO, BTC_SCORE);
            } else if ((c == 'b' || c == 'B') && len >= 14 && len <= 74 && CryptoAddresses.isValidBech32(v.text().subSequence(start, i))) {
                out.add(start, i, EntityType.CRYPTO, BTC_SCORE);
            }
        }
    }

    private static boolean hex(TextView v, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (!(TextView.isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
