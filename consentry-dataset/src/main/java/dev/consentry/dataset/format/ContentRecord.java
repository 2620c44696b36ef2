package dev.consentry.dataset.format;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;

/**
 * One piece of a platform's content, as read from an input file.
 *
 * @param lang null when the input does not say
 */
public record ContentRecord(String id, String member, String kind, String visibility, Instant createdAt, String text, String lang) {
    /** Kinds of content a platform has; each policy purpose says which of them it may use. */
    public static final Set<String> KINDS = Set.of("post", "article", "comment", "poll", "profile", "message", "group-message");
    public static final Set<String> VISIBILITIES = Set.of("public", "connections", "private");

    public ContentRecord {
        requireNonNull(id, "id is null");
        requireNonNull(member, "member is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(visibility, "visibility is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(text, "text is null");
    }
}
