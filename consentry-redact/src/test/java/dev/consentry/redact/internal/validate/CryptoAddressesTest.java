package dev.consentry.redact.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bitcoin address checksums. Published addresses pin the algorithms; addresses built here by reference encoders
 * (Base58Check with any version byte and length, Bech32/Bech32m of any length) pin the structural rules.
 */
class CryptoAddressesTest {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    @ParameterizedTest
    @ValueSource(strings = {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "1111111111111111111114oLvT2"})
    void publishedBase58CheckAddresses_areValid(String address) {
        assertThat(CryptoAddresses.isValidBase58Check(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        "1111111111111111111114oLvT2"})
    void base58Check_anySingleCharChanged_isInvalid(String address) {
        for (int i = 0; i < address.length(); i++) {
            for (char c : new char[] {'2', 'z'}) {
                if (address.charAt(i) != c) {
                    String changed = address.substring(0, i) + c + address.substring(i + 1);
                    assertThat(CryptoAddresses.isValidBase58Check(changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void base58Check_versionMustBeP2pkhOrP2sh() {
        byte[] hash = new byte[20];
        Arrays.fill(hash, (byte) 0x42);
        assertThat(CryptoAddresses.isValidBase58Check(base58Check(0x00, hash))).isTrue();
        assertThat(CryptoAddresses.isValidBase58Check(base58Check(0x05, hash))).isTrue();
        for (int version : new int[] {0x01, 0x04, 0x06, 0x30, 0x6f, 0x80, 0xff}) {
            assertThat(CryptoAddresses.isValidBase58Check(base58Check(version, hash))).as("version %d", version).isFalse();
        }
    }

    @Test
    void base58Check_payloadMustBeTwentyBytes() {
        assertThat(CryptoAddresses.isValidBase58Check(base58Check(0x00, new byte[19]))).isFalse();
        assertThat(CryptoAddresses.isValidBase58Check(base58Check(0x00, new byte[21]))).isFalse();
        byte[] high = new byte[19];
        Arrays.fill(high, (byte) 0xff);
        assertThat(CryptoAddresses.isValidBase58Check(base58Check(0x05, high))).isFalse();
        byte[] longHigh = new byte[21];
        Arrays.fill(longHigh, (byte) 0xff);
        assertThat(CryptoAddresses.isValidBase58Check(base58Check(0x05, longHigh))).isFalse();
    }

    @Test
    void base58Check_leadingZeroBytes_andAHighFirstByte() {
        // Leading zero bytes are leading '1's; a first non-zero byte >= 0x80 gets a sign byte from BigInteger.
        for (int zeros = 0; zeros <= 20; zeros++) {
            for (int first : new int[] {0x01, 0x7f, 0x80, 0xff}) {
                byte[] hash = new byte[20];
                Arrays.fill(hash, (byte) 0x37);
                Arrays.fill(hash, 0, zeros, (byte) 0);
                if (zeros < 20) {
                    hash[zeros] = (byte) first;
                }
                String address = base58Check(0x00, hash);
                assertThat(CryptoAddresses.isValidBase58Check(address)).as(address).isTrue();
            }
        }
        assertThat(CryptoAddresses.isValidBase58Check("1".repeat(25))).isFalse();
        assertThat(CryptoAddresses.isValidBase58Check("")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', 'O', 'I', 'l', '-', 'é'})
    void base58Check_charsOutsideTheAlphabet_areInvalid(char c) {
        String valid = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
        assertThat(CryptoAddresses.isValidBase58Check(valid.substring(0, 10) + c + valid.substring(11))).isFalse();
        assertThat(CryptoAddresses.isBase58Char(c)).isFalse();
    }

    @Test
    void base58Char_isExactlyTheAlphabet() {
        for (char c = 0; c < 256; c++) {
            assertThat(CryptoAddresses.isBase58Char(c)).as("char %d", (int) c).isEqualTo(BASE58.indexOf(c) >= 0);
        }
        assertThat(CryptoAddresses.isBase58Char('\u0131')).isFalse(); // not ASCII, even where indexOf would be safe
    }

    @ParameterizedTest
    @ValueSource(strings = {"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BC1SW50QGDZ25J",
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"})
    void publishedSegwitAddresses_areValid_inEitherCase(String address) {
        assertThat(CryptoAddresses.isValidBech32(address)).isTrue();
        assertThat(CryptoAddresses.isValidBech32(address.toLowerCase(Locale.ROOT))).isTrue();
        assertThat(CryptoAddresses.isValidBech32(address.toUpperCase(Locale.ROOT))).isTrue();
    }

    @Test
    void referenceEncoder_reproducesAPublishedAddress() {
        // BIP-350's shortest Bech32m vector; BIP-173's v0 example for the Bech32 constant.
        assertThat(bech32("sw50q", 0x2bc830a3).toUpperCase(Locale.ROOT)).isEqualTo("BC1SW50QGDZ25J");
        String v0 = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
        assertThat(bech32(v0.substring(3, v0.length() - 6), 1)).isEqualTo(v0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"})
    void bech32_anySingleCharChanged_isInvalid(String address) {
        for (int i = 3; i < address.length(); i++) {
            for (char c : BECH32.toCharArray()) {
                if (address.charAt(i) != c) {
                    String changed = address.substring(0, i) + c + address.substring(i + 1);
                    assertThat(CryptoAddresses.isValidBech32(changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void bech32_mixedCase_otherHrp_andCharsOutsideTheAlphabet_areInvalid() {
        String valid = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
        assertThat(CryptoAddresses.isValidBech32("B" + valid.substring(1))).isFalse();
        assertThat(CryptoAddresses.isValidBech32(valid.substring(0, 20) + "Z" + valid.substring(21))).isFalse();
        assertThat(CryptoAddresses.isValidBech32("bC1SW50QGDZ25J")).isFalse();
        // The case check's bounds: a single 'a', 'z', 'A' or 'Z' of the other case makes an address mixed.
        String upper = valid.toUpperCase(Locale.ROOT);
        assertThat(CryptoAddresses.isValidBech32(upper.replaceFirst("A", "a"))).isFalse();
        assertThat(CryptoAddresses.isValidBech32(upper.replaceFirst("Z", "z"))).isFalse();
        assertThat(CryptoAddresses.isValidBech32(valid.replaceFirst("a", "A"))).isFalse();
        assertThat(CryptoAddresses.isValidBech32(valid.replaceFirst("z", "Z"))).isFalse();
        assertThat(CryptoAddresses.isValidBech32("BC1SW50QGDZ25j")).isFalse();
        assertThat(CryptoAddresses.isValidBech32("tc1" + valid.substring(3))).isFalse();
        assertThat(CryptoAddresses.isValidBech32("bd1" + valid.substring(3))).isFalse();
        assertThat(CryptoAddresses.isValidBech32("bcx" + valid.substring(3))).isFalse();
        for (char c : new char[] {'b', 'i', 'o', '1', '-', '{', '`'}) {
            assertThat(CryptoAddresses.isValidBech32(valid.substring(0, 20) + c + valid.substring(21))).as("%s", c).isFalse();
        }
    }

    @Test
    void bech32_lengthIsFourteenToSeventyFour() {
        for (int constant : new int[] {1, 0x2bc830a3}) {
            for (int len = 13; len <= 76; len++) {
                String address = bech32("q".repeat(len - 9), constant);
                assertThat(address).hasSize(len);
                assertThat(CryptoAddresses.isValidBech32(address)).as("%d chars", len).isEqualTo(len >= 14 && len <= 74);
            }
        }
        assertThat(CryptoAddresses.isValidBech32(bech32("q".repeat(5), 2))).isFalse(); // neither constant
    }

    private static String base58Check(int version, byte[] hash) {
        byte[] payload = new byte[hash.length + 1];
        payload[0] = (byte) version;
        System.arraycopy(hash, 0, payload, 1, hash.length);
        byte[] check = sha256(sha256(payload));
        byte[] full = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(check, 0, full, payload.length, 4);
        StringBuilder sb = new StringBuilder();
        BigInteger v = new BigInteger(1, full);
        BigInteger base = BigInteger.valueOf(58);
        while (v.signum() > 0) {
            BigInteger[] qr = v.divideAndRemainder(base);
            sb.append(BASE58.charAt(qr[1].intValue()));
            v = qr[0];
        }
        for (int i = 0; i < full.length && full[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** "bc1" + data + the six-char checksum for {@code constant} (1 = Bech32, 0x2bc830a3 = Bech32m), per BIP-173. */
    private static String bech32(String data, int constant) {
        int[] values = new int[5 + data.length() + 6];
        values[0] = 'b' >> 5;
        values[1] = 'c' >> 5;
        values[2] = 0;
        values[3] = 'b' & 31;
        values[4] = 'c' & 31;
        for (int i = 0; i < data.length(); i++) {
            values[5 + i] = BECH32.indexOf(data.charAt(i));
        }
        int mod = polymod(values) ^ constant;
        StringBuilder sb = new StringBuilder("bc1").append(data);
        for (int i = 0; i < 6; i++) {
            sb.append(BECH32.charAt((mod >>> (5 * (5 - i))) & 31));
        }
        return sb.toString();
    }

    private static int polymod(int[] values) {
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                chk ^= ((top >>> i) & 1) != 0 ? gen[i] : 0;
            }
        }
        return chk;
    }
}
