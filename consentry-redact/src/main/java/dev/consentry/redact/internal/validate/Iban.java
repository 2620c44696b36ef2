package dev.consentry.redact.internal.validate;

/** IBAN validation: the per-country length from the SWIFT IBAN registry, then ISO 7064 mod 97-10. */
public final class Iban {

    /** Registered length by country code, indexed (first letter - 'A') * 26 + (second - 'A'); 0 = none. */
    private static final byte[] LENGTHS = lengths();

    private Iban() {}

    /** True for a compact (no spaces) IBAN, upper case, with a registered country, length and checksum. */
    public static boolean isValid(CharSequence iban) {
        int len = iban.length();
        if (len < 15 || len > 34) {
            return false;
        }
        int expected = lengthFor(iban.charAt(0), iban.charAt(1));
        if (expected != len) {
            return false;
        }
        if (!Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
            return false;
        }
        for (int i = 4; i < len; i++) {
            char c = iban.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return mod97(iban) == 1;
    }

    /** The registered length of IBANs of this country code, or 0. */
    public static int lengthFor(CharSequence country) {
        return country.length() == 2 ? lengthFor(country.charAt(0), country.charAt(1)) : 0;
    }

    /** {@link #lengthFor(CharSequence)} for the two upper-case letters, without building a String. */
    public static int lengthFor(char c0, char c1) {
        if (c0 < 'A' || c0 > 'Z' || c1 < 'A' || c1 > 'Z') {
            return 0;
        }
        return LENGTHS[(c0 - 'A') * 26 + (c1 - 'A')];
    }

    /** The remainder mod 97 of the IBAN rearranged (first four chars moved to the end, letters as 10..35). */
    public static int mod97(CharSequence iban) {
        int len = iban.length();
        int rem = 0;
        for (int k = 0; k < len; k++) {
            char c = iban.charAt((k + 4) % len);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return rem;
    }

    /** The two check digits that make {@code country + "00" + bban} valid, for surrogates. */
    public static String checkDigits(String country, String bban) {
        int rem = mod97(country + "00" + bban);
        int check = 98 - rem;
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    private static byte[] lengths() {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
                + "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 "
                + "IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 "
                + "MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 "
                + "SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";
        byte[] m = new byte[26 * 26];
        for (String e : table.split(" ")) {
            m[(e.charAt(0) - 'A') * 26 + (e.charAt(1) - 'A')] = (byte) Integer.parseInt(e.substring(2));
        }
        return m;
    }
}
