package dev.consentry.consent;

import static java.util.Objects.requireNonNull;


/**
 * The answer to "may this member's data be used for this purpose at this instant?".
 *
 * @param allowed whether the use is allowed; always equal to {@code reason.allows()}
 * @param reason the rule that decided
 * @param policyVersion the policy version in force at the instant, or null when none was
 */
public record Decision(boolean allowed, ReasonCode reason, String policyVersion) {
    public Decision {
        requireNonNull(reason, "reason is null");
        if (allowed != reason.allows()) {
            throw new IllegalArgumentException("allowed=" + allowed + " contradicts reason " + reason);
        }
    }

    public static Decision of(ReasonCode reason, String policyVersion) {
        return new Decision(reason.allows(), reason, policyVersion);
    }
}
