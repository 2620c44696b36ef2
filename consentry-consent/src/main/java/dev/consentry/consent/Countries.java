package dev.consentry.consent;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class Countries {
    private static final Set<String> ALPHA2 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private Countries() {}

    public static boolean isIsoAlpha2(String code) {
        return code != null && ALPHA2.contains(code);
    }
}
