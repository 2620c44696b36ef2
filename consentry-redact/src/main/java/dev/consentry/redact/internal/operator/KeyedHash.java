package dev.consentry.redact.internal.operator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 over normalized values. A {@link Mac} is not thread-safe, so one instance serves one
 * redaction call; the engine stays shareable.
 */
public final class KeyedHash {

    private final Mac mac;

    public KeyedHash(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Lowercased, whitespace runs collapsed to one space, trimmed: "Jane  SMITH" and "jane smith" are one person. */
    public static String normalize(CharSequence value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public byte[] hash(String domain, CharSequence value) {
        mac.update(domain.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(normalize(value).getBytes(StandardCharsets.UTF_8));
    }
}
