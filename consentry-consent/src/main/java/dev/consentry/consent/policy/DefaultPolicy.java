package dev.consentry.consent.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The built-in policy, {@code default-policy.yaml} beside this class. */
public final class DefaultPolicy {
    public static final String RESOURCE = "default-policy.yaml";
    public static final String SOURCE_NAME = "built-in default-policy.yaml";

    private DefaultPolicy() {}

    /** The YAML text of the built-in policy, as shipped in the jar. */
    public static String text() {
        try (InputStream in = DefaultPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Policy load() {
        return PolicyParser.parse(SOURCE_NAME, text());
    }
}
