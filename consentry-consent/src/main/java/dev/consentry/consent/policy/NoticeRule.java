package dev.consentry.consent.policy;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When a default-on purpose may rely on its default: the member must have been given notice of
 * {@code minimumVersion} or a later version at least {@code minimumAge} before the decision.
 */
public record NoticeRule(String minimumVersion, Duration minimumAge) {
    public NoticeRule {
        requireNonNull(minimumVersion, "minimumVersion is null");
        requireNonNull(minimumAge, "minimumAge is null");
        if (minimumAge.isNegative()) {
            throw new IllegalArgumentException("minimumAge is negative: " + minimumAge);
        }
    }
}
