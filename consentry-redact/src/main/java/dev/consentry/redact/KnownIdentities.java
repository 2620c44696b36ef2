package dev.consentry.redact;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The platform's members: display names, found as {@link EntityType#PERSON}, and handles, found as
 * {@link EntityType#SOCIAL_HANDLE}, each exactly (whole words) in any capitalization. Matching uses a
 * token trie, so the cost per text is independent of how many identities there are (tested with 100k+).
 */
public final class KnownIdentities {

    /** One member: a display name (may be blank) and zero or more handles, with or without a leading '@'. */
    public record Identity(String name, Set<String> handles) {
        public Identity {
            requireNonNull(name, "name is null");
            handles = Set.copyOf(requireNonNull(handles, "handles is null"));
        }
    }

    private static final KnownIdentities NONE = new KnownIdentities(List.of());

    private final List<Identity> identities;

    private KnownIdentities(List<Identity> identities) {
        this.identities = List.copyOf(identities);
    }

    public static KnownIdentities none() {
        return NONE;
    }

    public static KnownIdentities of(Iterable<Identity> identities) {
        List<Identity> list = new ArrayList<>();
        identities.forEach(i -> list.add(requireNonNull(i, "identity is null")));
        return new KnownIdentities(list);
    }

    public List<Identity> identities() {
        return identities;
    }

    public int size() {
        return identities.size();
    }

    @Override
    public String toString() {
        return "KnownIdentities[" + identities.size() + " identities]";
    }
}
