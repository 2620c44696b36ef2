package dev.consentry.redact.eval;

import static java.util.Objects.requireNonNull;

import dev.consentry.redact.EntityType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a gold set's labels map to our {@link EntityType}s. Labels without a mapping are still counted
 * and shown in the report as "not detected" — they are not silently dropped from the gold set.
 */
public record LabelMapping(String name, Map<String, EntityType> mapping) {

    public LabelMapping {
        requireNonNull(name, "name is null");
        mapping = Map.copyOf(requireNonNull(mapping, "mapping is null"));
    }

    /**
     * Presidio research synthetic set. DOMAIN_NAME maps to URL: every DOMAIN_NAME span in the set is a
     * full URL with a scheme ("https://www.example.se/"). DATE_TIME, AGE, ORGANIZATION, GPE, TITLE, NRP,
     * ZIP_CODE and US_DRIVER_LICENSE have no counterpart and are reported as not detected.
     */
    public static LabelMapping presidio() {
        return new LabelMapping("presidio", Map.of(
                "PERSON", EntityType.PERSON,
                "EMAIL_ADDRESS", EntityType.EMAIL_ADDRESS,
                "PHONE_NUMBER", EntityType.PHONE_NUMBER,
                "CREDIT_CARD", EntityType.CREDIT_CARD,
                "IBAN_CODE", EntityType.IBAN_CODE,
                "US_SSN", EntityType.US_SSN,
                "IP_ADDRESS", EntityType.IP_ADDRESS,
                "STREET_ADDRESS", EntityType.STREET_ADDRESS,
                "DOMAIN_NAME", EntityType.URL));
    }

    /** WNUT 2017: only "person" is personal data; location, group, corporation, product, creative-work are not. */
    public static LabelMapping wnut17() {
        return new LabelMapping("wnut17", Map.of("person", EntityType.PERSON));
    }

    public Optional<EntityType> map(String label) {
        EntityType t = mapping.get(label);
        if (t == null) {
            t = mapping.get(label.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(t);
    }
}
