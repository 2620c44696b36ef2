package dev.consentry.consent.policy;

import java.util.Set;

/** Which content may be used for a purpose: its kinds and its visibilities. Empty sets allow nothing. */
public record ContentEligibility(Set<String> kinds, Set<String> visibilities) {
    public static final Set<String> KNOWN_KINDS = Set.of("post", "article", "comment", "poll", "profile", "message", "group-message");
    public static final Set<String> KNOWN_VISIBILITIES = Set.of("public", "connections", "private");
    public static final ContentEligibility NONE = new ContentEligibility(Set.of(), Set.of());

    public ContentEligibility {
        kinds = Set.copyOf(kinds);
        visibilities = Set.copyOf(visibilities);
    }

    public boolean allowsKind(String kind) {
        return kinds.contains(kind);
    }

    public boolean allowsVisibility(String visibility) {
        return visibilities.contains(visibility);
    }
}
