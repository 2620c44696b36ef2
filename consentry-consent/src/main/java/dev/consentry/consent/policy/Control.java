package dev.consentry.consent.policy;

/** How a member controls the use of their data for a purpose. */
public enum Control {
    /** A per-member on/off setting (the "Data for Generative AI Improvement" switch). */
    SETTING,
    /** A Global Privacy Control signal counts as switching the setting off. */
    GPC,
    /** An objection (GDPR Art. 21) that, once upheld, stops the processing. */
    OBJECTION;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
