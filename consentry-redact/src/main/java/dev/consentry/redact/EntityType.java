package dev.consentry.redact;

/**
 * The kinds of personal data the engine finds. Names of the platform's own members are reported as
 * {@link #PERSON} and their handles as {@link #SOCIAL_HANDLE}; there is no separate "known identity" type.
 */
public enum EntityType {
    PERSON,
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    CREDIT_CARD,
    IBAN_CODE,
    US_SSN,
    IP_ADDRESS,
    URL,
    STREET_ADDRESS,
    DATE_OF_BIRTH,
    SOCIAL_HANDLE,
    CRYPTO
}
