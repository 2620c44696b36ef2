package dev.consentry.consent.policy;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * How one purpose is governed in one policy version.
 *
 * @param purpose the purpose id, e.g. {@code genai-training}
 * @param title what members see, e.g. "Data for Generative AI Improvement"
 * @param legalBasis e.g. {@code consent} or {@code legitimate-interest}; informational (dataset cards)
 * @param controls how members control it
 * @param defaultOn whether the purpose is allowed for a member who did nothing
 * @param minimumAge members younger than this at the decision instant are excluded; 0 for none
 * @param notice the notice a default-on needs, or null when none is needed
 * @param excludedCountries countries (ISO alpha-2, groups expanded) whose members are excluded
 * @param content which content is eligible
 * @param filterSpecialCategories whether special-category content (GDPR Art. 9) is removed from datasets
 */
public record PurposeRule(
        String purpose,
        String title,
        String legalBasis,
        Set<Control> controls,
        boolean defaultOn,
        int minimumAge,
        NoticeRule notice,
        Set<String> excludedCountries,
        ContentEligibility content,
        boolean filterSpecialCategories) {
    public PurposeRule {
        requireNonNull(purpose, "purpose is null");
        requireNonNull(title, "title is null");
        requireNonNull(legalBasis, "legalBasis is null");
        controls = Set.copyOf(controls);
        excludedCountries = Set.copyOf(excludedCountries);
        requireNonNull(content, "content is null");
        if (minimumAge < 0) {
            throw new IllegalArgumentException("minimumAge is negative: " + minimumAge);
        }
    }

    public boolean has(Control control) {
        return controls.contains(control);
    }
}
