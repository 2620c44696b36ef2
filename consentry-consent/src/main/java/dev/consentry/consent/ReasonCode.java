package dev.consentry.consent;

/**
 * Why a decision came out as it did. Listed in the order the decision function tries them: the
 * first rule that applies wins (see {@link dev.consentry.consent.decision.DecisionFunction}).
 * Only three codes allow; every other code denies, so a reason that is not understood by a caller
 * can never be read as a permission.
 */
public enum ReasonCode {
    NOT_IN_POLICY(false),
    UNKNOWN_MEMBER(false),
    ERASED(false),
    JURISDICTION_EXCLUDED(false),
    MINOR(false),
    OPTED_OUT(false),
    GPC_OPT_OUT(false),
    ALLOWED_BY_SETTING(true),
    OBJECTION_UPHELD(false),
    DEFAULT_OFF(false),
    NOTICE_PENDING(false),
    ALLOWED_BY_DEFAULT(true);

    private final boolean allows;

    ReasonCode(boolean allows) {
        this.allows = allows;
    }

    public boolean allows() {
        return allows;
    }
}
