package dev.consentry.consent;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of the platform as the registry knows them.
 *
 * @param id the platform's member id
 * @param country ISO 3166-1 alpha-2 code of the country of residence as registered
 * @param region optional ISO 3166-2 subdivision, null when unknown
 * @param birthDate null when unknown
 * @param name display name, null when unknown; used to find the member's own name in text
 * @param handles the member's handles, without a leading {@code @}
 */
public record Member(String id, String country, String region, LocalDate birthDate, String name, List<String> handles) {
    public Member {
        requireNonNull(id, "id is null");
        requireNonNull(country, "country is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        if (!Countries.isIsoAlpha2(country)) {
            throw new IllegalArgumentException("Invalid country " + country);
        }
        handles = List.copyOf(requireNonNull(handles, "handles is null"));
    }

    public static Member of(String id, String country) {
        return new Member(id, country, null, null, null, List.of());
    }
}
