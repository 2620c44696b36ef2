package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.text.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * Street addresses, token by token, in the shapes people write:
 * <ul>
 *   <li>US/UK: {@code 123 Main St}, {@code 4 N 5th Ave NW} — a house number, up to four words, a street suffix;</li>
 *   <li>street word first: {@code 62 Rue Gafsa}, {@code Via Roma 12};</li>
 *   <li>attached suffix (German, Nordic, Dutch, Hungarian, ...): {@code Koskikatu 25}, {@code Hauptstraße 5},
 *       {@code Trenerys gate 232};</li>
 *   <li>post boxes: {@code P.O. Box 123}, {@code Unit 5477 Box 8244}, {@code PSC 1234, Box 5678}.</li>
 * </ul>
 * After the street, the span grows over what usually follows, on the same or the next lines: unit
 * ("Apt. 864", "Suite 300", "#4"), city words, a two-letter state or region code, a postal code and a
 * country-like word — but city words are only kept when a state or postal code comes after them, so a
 * sentence that continues after an address is not swallowed.
 */
public final class StreetAddressDetector implements Detector {

    static final double SCORE = 0.8;
    static final double ATTACHED_SCORE = 0.7;

    private static final String SUFFIXES = "street st str avenue ave av road rd boulevard blvd lane ln drive dr court ct "
            + "way place pl terrace ter terr circle cir parkway pkwy highway hwy square sq trail trl loop row crescent "
            + "cres close grove gardens gdns park mews walk alley aly plaza plz pike turnpike tpke expressway expy "
            + "freeway fwy run path pass crossing xing ridge ridges heights hts point pt view vista hill hills "
            + "junction jct cove cv creek crk landing lndg estates manor meadow meadows commons green causeway "
            + "ramp route rte spur station bypass wharf quay parade esplanade rise hollow glen vale gate gata gatan "
            + "vej vägen vei veien tie katu polku kuja straße strasse weg gasse allee platz ring damm ufer laan "
            + "straat plein gracht kade dreef singel utca út tér körút ulica aleja";
    private static final String PREFIXES = "rue via viale corso calle avenida avinguda carrer rua travessa largo "
            + "piazza plaza praça paseo camino strada chemin allée boulevard place ulitsa prospekt ul";
    private static final String ATTACHED = "strasse straße str weg gasse allee platz ring damm gate gata gatan vej "
            + "vägen veien vei katu tie polku kuja laan straat plein gracht kade dreef singel utca útja "
            + "ulica stræde stien gränd torget";
    private static final String UNITS = "apt apartment suite ste unit floor fl room rm box bldg building flat "
            + "lot no dept po";
    private static final String DIRECTIONS = "n s e w ne nw se sw north south east west";
    private static final String CONTEXT = "address lives live living located ship shipping deliver delivery mail "
            + "mailing billing residence resides moved home at on visit";

    private final TokenDictionary suffixes = dict(SUFFIXES);
    private final TokenDictionary prefixes = dict(PREFIXES);
    private final TokenDictionary units = dict(UNITS);
    private final TokenDictionary directions = dict(DIRECTIONS);
    private final TokenDictionary context = dict(CONTEXT);
    private final String[] attached = ATTACHED.split(" ");

    private static TokenDictionary dict(String words) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : words.split(" ")) {
            m.put(w, 1);
        }
        return TokenDictionary.of(m);
    }

    @Override
    public EntityType type() {
        return EntityType.STREET_ADDRESS;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        Tokens t = v.tokens();
        int n = t.count();
        int i = 0;
        while (i < n) {
            int end = -1;
            double score = 0;
            if (isHouseNumber(v, t, i)) {
                int e = streetAfterNumber(v, t, i + 1);
                if (e >= 0) {
                    end = e;
                    score = SCORE;
                } else if (isBoxWord(v, t, i - 1)) {
                    end = i;
                    score = SCORE;
                }
            }
            if (end < 0 && isWord(t, i)) {
                int e = streetThenNumber(v, t, i);
                if (e >= 0) {
                    end = e;
                    score = ATTACHED_SCORE;
                }
            }
            if (end < 0 && isPoBox(v, t, i)) {
                end = i + (t.equalsIgnoreCase(i, "box") ? 1 : 2);
                score = SCORE;
                if (end >= n || !isNumberToken(t, end)) {
                    i++;
                    continue;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            int last = extend(v, t, end);
            int start = t.start(i);
            if (i > 0 && isUnitToken(v, t, i - 1) && t.spaceBetween(i - 1, 2)) {
                start = t.start(i - 1); // "Unit 5477 Box 8244"
            }
            out.add(start, t.end(last), EntityType.STREET_ADDRESS, score + contextBoost(v, t, i));
            i = last + 1;
        }
    }

    /** Returns the last token index of "NAME{0,4} SUFFIX [DIR|NUMBER]" or "PREFIX NAME{1,4}" starting at i, or -1. */
    private int streetAfterNumber(TextView v, Tokens t, int i) {
        int n = t.count();
        if (i >= n || !t.spaceBetween(i - 1, 2)) {
            return -1;
        }
        if (prefixes.contains(v.text(), t.start(i), t.end(i)) && t.is(i, Tokens.CAPITALIZED)) {
            int j = i;
            while (j + 1 < n && j - i < 4 && t.spaceBetween(j, 2) && isNameWord(t, j + 1)) {
                j++;
            }
            return j > i ? j : -1;
        }
        for (int j = i; j < n && j - i < 5; j++) {
            if (j > i && !t.spaceBetween(j - 1, 2)) {
                return -1;
            }
            boolean nameish = isNameWord(t, j) || isOrdinal(v, t, j) || directions.contains(v.text(), t.start(j), t.end(j));
            if (j > i && suffixes.contains(v.text(), t.start(j), t.end(j)) && !t.is(j, Tokens.ALL_LOWER)) {
                int e = j;
                if (v.at(t.end(e)) == '.') {
                    // "St." - the dot belongs to the abbreviation; handled by the span end below
                }
                if (e + 1 < n && t.spaceBetween(e, 2) && directions.contains(v.text(), t.start(e + 1), t.end(e + 1))
                        && t.is(e + 1, Tokens.ALL_UPPER)) {
                    e++;
                }
                return e;
            }
            if (hasAttachedSuffix(v, t, j)) {
                int e = j;
                if (e + 1 < n && t.spaceBetween(e, 2) && isNumberToken(t, e + 1)) {
                    e++;
                }
                return e;
            }
            if (!nameish) {
                return -1;
            }
        }
        return -1;
    }

    /** "Koskikatu 25", "Trenerys gate 232", "Via Roma 12": street words then a house number. */
    private int streetThenNumber(TextView v, Tokens t, int i) {
        int n = t.count();
        if (!t.is(i, Tokens.CAPITALIZED)) {
            return -1;
        }
        boolean prefix = prefixes.contains(v.text(), t.start(i), t.end(i));
        for (int j = i; j < n && j - i < 4; j++) {
            if (j > i && !t.spaceBetween(j - 1, 2)) {
                return -1;
            }
            boolean street = hasAttachedSuffix(v, t, j) || (j > i && suffixes.contains(v.text(), t.start(j), t.end(j))
                    && isAttachedWord(v, t, j));
            if ((street || (prefix && j > i)) && j + 1 < n && t.spaceBetween(j, 2) && isNumberToken(t, j + 1)
                    && t.length(j + 1) <= 5) {
                return j + 1;
            }
            if (!isWord(t, j)) {
                return -1;
            }
        }
        return -1;
    }

    /** Grows the span over unit, city, state, postal code and country, on this and the next two lines. */
    private int extend(TextView v, Tokens t, int last) {
        int n = t.count();
        int good = last;
        int j = last + 1;
        int lines = 0;
        int pendingCity = 0;
        while (j < n) {
            int gapNewlines = newlines(v, t.end(j - 1), t.start(j));
            if (gapNewlines < 0 || gapNewlines > 1) {
                break; // a blank line or other punctuation ends the address
            }
            lines += gapNewlines;
            if (lines > 3) {
                break;
            }
            if (isUnitToken(v, t, j) && j + 1 < n && (isNumberToken(t, j + 1) || t.length(j + 1) <= 4)
                    && newlines(v, t.end(j), t.start(j + 1)) == 0) {
                j += 2;
                good = j - 1;
                pendingCity = 0;
                continue;
            }
            if (isNumberToken(t, j) && t.length(j) >= 4 && t.length(j) <= 6) {
                good = j;
                j++;
                if (j < n && v.at(t.start(j) - 1) == '-' && isNumberToken(t, j) && t.length(j) == 4) {
                    good = j;
                    j++;
                }
                pendingCity = 0;
                continue;
            }
            if (t.is(j, Tokens.ALL_UPPER) && t.length(j) == 2 && !t.is(j, Tokens.HAS_DIGIT)) {
                good = j;
                j++;
                pendingCity = 0;
                continue;
            }
            if (t.is(j, Tokens.CAPITALIZED) && pendingCity < 3) {
                pendingCity++;
                j++;
                continue;
            }
            break;
        }
        return good;
    }

    /** Newlines in the gap between two tokens, or -1 if the gap holds more than spaces, commas and newlines. */
    private static int newlines(TextView v, int from, int to) {
        int nl = 0;
        if (to - from > 12) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c == '\n') {
                nl++;
            } else if (c != ' ' && c != ',' && c != '\r' && c != '\t' && c != '.' && c != '#') {
                return -1;
            }
        }
        return nl;
    }

    private double contextBoost(TextView v, Tokens t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (context.contains(v.text(), t.start(k), t.end(k))) {
                return 0.15;
            }
        }
        return 0.0;
    }

    private boolean hasAttachedSuffix(TextView v, Tokens t, int j) {
        if (!t.is(j, Tokens.HAS_LETTER) || t.is(j, Tokens.HAS_DIGIT)) {
            return false;
        }
        CharSequence s = v.text();
        int end = t.end(j);
        for (String suf : attached) {
            int len = suf.length();
            if (t.length(j) > len + 2 && matchesFolded(s, end - len, suf)) {
                return true;
            }
        }
        return false;
    }

    /** Lowercase street words after a name ("Trenerys gate") are how Nordic addresses are written. */
    private static boolean isAttachedWord(TextView v, Tokens t, int j) {
        return t.is(j, Tokens.ALL_LOWER);
    }

    private static boolean matchesFolded(CharSequence s, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (TokenDictionary.fold(s.charAt(at + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHouseNumber(TextView v, Tokens t, int i) {
        if (!t.is(i, Tokens.HAS_DIGIT) || t.length(i) > 6) {
            return false;
        }
        char first = v.charAt(t.start(i));
        if (!TextView.isAsciiDigit(first) || first == '0') {
            return false;
        }
        char before = t.charBefore(i);
        if (before == '$' || before == '.' || before == ',' || before == '#' || before == '-' || before == ':') {
            return false;
        }
        // digits with at most one trailing letter: "12", "12B"
        int letters = 0;
        for (int k = t.start(i); k < t.end(i); k++) {
            if (!TextView.isAsciiDigit(v.charAt(k))) {
                letters++;
            }
        }
        return letters <= 1;
    }

    private static boolean isNumberToken(Tokens t, int i) {
        return t.is(i, Tokens.HAS_DIGIT) && t.length(i) <= 6 && (!t.is(i, Tokens.HAS_LETTER) || t.length(i) <= 4);
    }

    private static boolean isNameWord(Tokens t, int i) {
        return t.is(i, Tokens.CAPITALIZED) || (t.is(i, Tokens.ALL_UPPER) && t.length(i) > 1);
    }

    private static boolean isWord(Tokens t, int i) {
        return t.is(i, Tokens.HAS_LETTER) && !t.is(i, Tokens.HAS_DIGIT);
    }

    private static boolean isOrdinal(TextView v, Tokens t, int i) {
        if (!t.is(i, Tokens.HAS_DIGIT) || !t.is(i, Tokens.HAS_LETTER) || t.length(i) > 6) {
            return false;
        }
        int e = t.end(i);
        String[] ends = {"st", "nd", "rd", "th"};
        for (String s : ends) {
            if (matchesFolded(v.text(), e - 2, s)) {
                return true;
            }
        }
        return false;
    }

    private boolean isUnitToken(TextView v, Tokens t, int i) {
        return i >= 0 && i < t.count() && units.contains(v.text(), t.start(i), t.end(i)) && !t.is(i, Tokens.ALL_LOWER);
    }

    private static boolean isBoxWord(TextView v, Tokens t, int i) {
        return i >= 0 && (t.equalsIgnoreCase(i, "box") || t.equalsIgnoreCase(i, "psc")) && !t.is(i, Tokens.ALL_LOWER);
    }

    private static boolean isPoBox(TextView v, Tokens t, int i) {
        if (t.equalsIgnoreCase(i, "po") && i + 1 < t.count() && t.equalsIgnoreCase(i + 1, "box")) {
            return true;
        }
        if (t.equalsIgnoreCase(i, "p") && i + 3 < t.count() && t.equalsIgnoreCase(i + 1, "o") && t.equalsIgnoreCase(i + 2, "box")) {
            return false; // P.O. Box: handled at "o" ("O. Box 123" is matched from the "o" token below)
        }
        return t.equalsIgnoreCase(i, "o") && i > 0 && t.equalsIgnoreCase(i - 1, "p") && i + 1 < t.count()
                && t.equalsIgnoreCase(i + 1, "box");
    }
}
