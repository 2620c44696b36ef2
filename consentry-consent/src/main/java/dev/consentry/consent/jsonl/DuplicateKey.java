package dev.consentry.consent.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key a JSON object gave twice, read off the failure of a tree read with
 * {@code DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY} (free: the tree deserializer replaces
 * the earlier value anyway). Jackson's message is the only place that names the key; it is returned
 * shortened, as messages repeat what a file holds.
 */
public final class DuplicateKey {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)' for `ObjectNode`", Pattern.DOTALL);

    private DuplicateKey() {}

    public static Optional<String> of(JsonProcessingException e) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return duplicate.lookingAt() ? Optional.of(JsonFields.shortened(duplicate.group(1))) : Optional.empty();
    }
}
