package dev.consentry.redact.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The module's only door to anything outside the JVM heap: it reads text files bundled in this jar's
 * own classpath. An ArchUnit rule (NoIoArchitectureTest) lets no other class use streams or readers,
 * so "the redaction engine does no I/O" is checked, not promised.
 */
public final class BundledResources {

    private static final String ROOT = "/dev/consentry/redact/gazetteer/";

    private BundledResources() {}

    /** Non-blank lines of a bundled resource, without '#' comment lines. */
    public static List<String> lines(String name) {
        if (name.contains("..") || name.contains("/")) {
            throw new IllegalArgumentException("Bundled resource names are plain file names: " + name);
        }
        try (InputStream in = BundledResources.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource missing from the jar: " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled resource " + name, e);
        }
    }
}
