package dev.consentry.redact.internal.operator;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.Gazetteers;
import dev.consentry.redact.internal.validate.Iban;
import dev.consentry.redact.internal.validate.Luhn;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic fakes of the same type and, where it matters, the same shape (separators, length, case).
 * Every fake is drawn from a generator seeded by HMAC(key, type, value), so the same value always gets
 * the same fake under one key — within a record and across runs — and nothing of the value leaks.
 *
 * <p>Fakes come from ranges reserved for examples where such ranges exist: example.com/.org/.net
 * domains (RFC 2606), 555-01xx phone numbers (reserved for fiction in the NANP), TEST-NET IPv4 and
 * 2001:db8::/32 IPv6 (RFC 5737, RFC 3849), SSN areas 900-999 (never issued). Cards and IBANs are
 * checksum-valid so that downstream validators behave as on real data.
 */
public final class Surrogates {

    private static final String[] STREET_SUFFIXES = {"Street", "Avenue", "Road", "Lane", "Drive", "Court", "Place"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String HEX = "0123456789abcdef";

    private final List<String> firstNames;
    private final List<String> surnames;

    public Surrogates(Gazetteers g) {
        this.firstNames = g.fakeFirstNames().isEmpty() ? List.of("Alex") : g.fakeFirstNames();
        this.surnames = g.fakeSurnames().isEmpty() ? List.of("Taylor") : g.fakeSurnames();
    }

    public String fake(EntityType type, String value, byte[] seed) {
        SplittableRandom r = new SplittableRandom(seedOf(seed));
        return switch (type) {
            case PERSON -> person(value, r);
            case EMAIL_ADDRESS -> email(r);
            case PHONE_NUMBER -> phone(value, r);
            case CREDIT_CARD -> card(value, r);
            case IBAN_CODE -> iban(value, r);
            case US_SSN -> ssn(value, r);
            case IP_ADDRESS -> value.indexOf(':') >= 0 ? "2001:db8::" + hex(r, 4) : testNet(r);
            case URL -> "https://www.example.org/" + hex(r, 8);
            case STREET_ADDRESS -> (1 + r.nextInt(9_999)) + " " + pick(surnames, r) + " " + STREET_SUFFIXES[r.nextInt(STREET_SUFFIXES.length)];
            case DATE_OF_BIRTH -> date(value, r);
            case SOCIAL_HANDLE -> handle(value, r);
            case CRYPTO -> crypto(value, r);
        };
    }

    private String person(String value, SplittableRandom r) {
        String[] parts = value.trim().split("\\s+");
        String name = pick(firstNames, r);
        if (parts.length >= 2) {
            name = name + " " + pick(surnames, r);
        }
        boolean lower = value.equals(value.toLowerCase(java.util.Locale.ROOT));
        boolean upper = value.length() > 1 && value.equals(value.toUpperCase(java.util.Locale.ROOT));
        return lower ? name.toLowerCase(java.util.Locale.ROOT) : upper ? name.toUpperCase(java.util.Locale.ROOT) : name;
    }

    private String email(SplittableRandom r) {
        String[] domains = {"example.com", "example.org", "example.net"};
        return (pick(firstNames, r) + "." + pick(surnames, r)).toLowerCase(java.util.Locale.ROOT) + "@"
                + domains[r.nextInt(domains.length)];
    }

    private static String phone(String value, SplittableRandom r) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
        }
        char[] fresh = new char[digits];
        for (int i = 0; i < digits; i++) {
            fresh[i] = (char) ('0' + r.nextInt(10));
        }
        if (digits >= 7) {
            String tail = "55501" + r.nextInt(10) + r.nextInt(10);
            tail.getChars(0, 7, fresh, digits - 7);
            if (digits >= 10) {
                fresh[digits - 10] = (char) ('2' + r.nextInt(8)); // area codes never start with 0 or 1
            }
        }
        return reshape(value, fresh, Character::isDigit);
    }

    private static String card(String value, SplittableRandom r) {
        int digits = countDigits(value);
        String prefix = digits == 15 ? "37" : digits == 14 ? "36" : "4";
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < digits - 1) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        sb.append(Luhn.checkDigit(sb));
        return reshape(value, sb.toString().toCharArray(), Character::isDigit);
    }

    private static String iban(String value, SplittableRandom r) {
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                compact.append(value.charAt(i));
            }
        }
        String country = compact.substring(0, 2);
        StringBuilder bban = new StringBuilder();
        for (int i = 4; i < compact.length(); i++) {
            char c = compact.charAt(i);
            bban.append(Character.isDigit(c) ? (char) ('0' + r.nextInt(10)) : (char) ('A' + r.nextInt(26)));
        }
        String fake = country + Iban.checkDigits(country, bban.toString()) + bban;
        return reshape(value, fake.toCharArray(), Character::isLetterOrDigit);
    }

    private static String ssn(String value, SplittableRandom r) {
        char[] d = new char[9];
        d[0] = '9';
        for (int i = 1; i < 9; i++) {
            d[i] = (char) ('1' + r.nextInt(9));
        }
        return reshape(value, d, Character::isDigit);
    }

    private static String testNet(SplittableRandom r) {
        String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
        return nets[r.nextInt(nets.length)] + (1 + r.nextInt(254));
    }

    private static String date(String value, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                while (j < value.length() && Character.isDigit(value.charAt(j))) {
                    j++;
                }
                int len = j - i;
                if (len == 4) {
                    sb.append(1950 + r.nextInt(55));
                } else {
                    int x = 1 + r.nextInt(12); // valid as a day and as a month, whatever the order
                    sb.append(len == 2 && x < 10 ? "0" + x : Integer.toString(x));
                }
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < value.length() && Character.isLetter(value.charAt(j))) {
                    j++;
                }
                String word = value.substring(i, j);
                if (isMonth(word)) {
                    String m = MONTHS[r.nextInt(12)];
                    sb.append(word.length() <= 4 ? m.substring(0, 3) : m);
                } else {
                    sb.append(word);
                }
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isMonth(String word) {
        for (String m : MONTHS) {
            if (word.length() >= 3 && m.toLowerCase(java.util.Locale.ROOT).startsWith(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String handle(String value, SplittableRandom r) {
        String fake = "user_" + hex(r, 6);
        if (value.startsWith("@")) {
            return "@" + fake;
        }
        String v = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        int slash = v.lastIndexOf('/');
        String lastSegment = v.substring(slash + 1);
        return v.substring(0, slash + 1) + (lastSegment.startsWith("@") ? "@" : "") + fake;
    }

    private static String crypto(String value, SplittableRandom r) {
        if (value.startsWith("0x") || value.startsWith("0X")) {
            return "0x" + hex(r, 40);
        }
        StringBuilder sb = new StringBuilder().append(value.charAt(0));
        boolean bech = value.length() > 3 && value.substring(0, 3).equalsIgnoreCase("bc1");
        String alphabet = bech ? "qpzry9x8gf2tvdw0s3jn54khce6mua7l" : BASE58;
        if (bech) {
            sb.setLength(0);
            sb.append("bc1");
        }
        while (sb.length() < value.length()) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Puts {@code fresh} chars where {@code value} has chars of the kind, keeping everything else. */
    private static String reshape(String value, char[] fresh, java.util.function.IntPredicate kind) {
        StringBuilder sb = new StringBuilder(value.length());
        int k = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(kind.test(c) && k < fresh.length ? fresh[k++] : c);
        }
        return sb.toString();
    }

    private static int countDigits(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            n += Character.isDigit(value.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static String hex(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(HEX.charAt(r.nextInt(16)));
        }
        return sb.toString();
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    private static long seedOf(byte[] h) {
        long s = 0;
        for (int i = 0; i < 8; i++) {
            s = (s << 8) | (h[i] & 0xff);
        }
        return s;
    }
}
