package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.EnglishWords;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.text.Tokens;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Street addresses, token by token, in the shapes people write:
 * <ul>
 *   <li>US/UK: {@code 123 Main St}, {@code 4 N 5th Ave NW} — a house number, up to four words, a street suffix;</li>
 *   <li>street word first: {@code 62 Rue Gafsa}, {@code Via Roma 12};</li>
 *   <li>attached suffix (German, Nordic, Dutch, Hungarian, ...): {@code Koskikatu 25}, {@code Hauptstraße 5},
 *       {@code Trenerys gate 232};</li>
 *   <li>number after the street, no street word: {@code 20789 Allika 46}, {@code Rua do Arenque 1634} — the
 *       words must not be ordinary English words, so "2 cats and 3 dogs" is not an address; without a
 *       building number in front only after an address cue ("lives at");</li>
 *   <li>corners ({@code the corner of X and Y}) and US military posts ({@code USNS X / FPO AE 12345});</li>
 *   <li>post boxes: {@code P.O. Box 123}, {@code Unit 5477 Box 8244}, {@code PSC 1234, Box 5678}.</li>
 * </ul>
 * After the street, the span grows over what usually follows, on the same or the next lines: unit
 * ("Apt. 864", "Suite 300", "#4"), city words, a two-letter state or region code, a postal code and a
 * country-like word — but city words are only kept when a state or postal code comes after them, so a
 * sentence that continues after an address is not swallowed.
 */
public final class StreetAddressDetector implements Detector {

    static final double SCORE = 0.85;
    static final double ATTACHED_SCORE = 0.7;
    static final double CUED_SCORE = 0.6;

    private static final String SUFFIXES = "street st str avenue ave av road rd boulevard blvd lane ln drive dr court ct "
            + "way place pl terrace ter terr circle cir parkway pkwy highway hwy square sq trail trl loop row crescent "
            + "cres close grove gardens gdns park mews walk alley aly plaza plz pike turnpike tpke expressway expy "
            + "freeway fwy run path pass crossing xing ridge ridges heights hts point pt view vista hill hills "
            + "junction jct cove cv creek crk landing lndg estates manor meadow meadows commons green causeway "
            + "ramp route rte spur station bypass wharf quay parade esplanade rise hollow glen vale gate gata gatan "
            + "vej vägen vei veien tie katu polku kuja straße strasse weg gasse allee platz ring damm ufer laan "
            + "straat plein gracht kade dreef singel utca út tér körút ulica aleja";
    private static final String PREFIXES = "rue via viale corso calle avenida avinguda carrer rua rúa travessa largo "
            + "avenue avda av trg "
            + "piazza plaza praça paseo camino strada chemin allée boulevard place ulitsa prospekt ul";
    private static final String ATTACHED = "strasse straße str weg gasse allee platz ring damm gate gata gatan vej "
            + "vägen veien vei katu tie polku kuja laan straat plein gracht kade dreef singel utca útja "
            + "ulica stræde stien gränd torget";
    private static final String UNITS = "apt apartment suite ste unit floor fl room rm box bldg building flat "
            + "lot no dept po";
    private static final String DIRECTIONS = "n s e w ne nw se sw north south east west";
    private static final String CONTEXT = "address lives live living located ship shipping deliver delivery mail "
            + "mailing billing residence resides moved home at on visit to of";
    /** Lowercase words inside street names: "Rua do Arenque", "Calle de la Paz", "Via dei Mille". */
    private static final String PARTICLES = "de des da do dos das del della dei di la le les du van von der den ter ten "
            + "al el y i e u ul al str ut";
    private static final String SHIPS = "usns usnv uss uscgc";
    private static final String MILITARY = "apo fpo dpo";

    private final TokenDictionary suffixes = TokenDictionary.ofWords(SUFFIXES.split(" "));
    private final TokenDictionary prefixes = TokenDictionary.ofWords(PREFIXES.split(" "));
    private final TokenDictionary units = TokenDictionary.ofWords(UNITS.split(" "));
    private final TokenDictionary directions = TokenDictionary.ofWords(DIRECTIONS.split(" "));
    private final TokenDictionary context = TokenDictionary.ofWords(CONTEXT.split(" "));
    /** The attached suffixes by their last char (all end in ASCII), so a word is compared only with those that can match. */
    private final String[][] attachedByLast = byLastChar(ATTACHED.split(" "));
    private final TokenDictionary particles = TokenDictionary.ofWords(PARTICLES.split(" "));
    private final TokenDictionary ships = TokenDictionary.ofWords(SHIPS.split(" "));
    private final TokenDictionary military = TokenDictionary.ofWords(MILITARY.split(" "));
    private final TokenDictionary words = EnglishWords.dictionary();
    private final TokenDictionary countries = countries();

    /**
     * Country names in English from {@link Locale} (the JDK's own data), by their last word, so "United
     * Kingdom" ends with "Kingdom" and "New Zealand" with "Zealand"; plus a few demonyms used as regions.
     */
    private static TokenDictionary countries() {
        Map<String, Integer> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String[] words = name.split("[ ,()]+");
            String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (lastWord.length() > 3) {
                m.put(lastWord, 1);
            }
        }
        for (String w : "states kingdom zealand usa greenlander".split(" ")) {
            m.put(w, 1);
        }
        return TokenDictionary.of(m);
    }

    private static String[][] byLastChar(String[] suffixes) {
        String[][] out = new String[128][0];
        for (String suf : suffixes) {
            char last = suf.charAt(suf.length() - 1);
            if (last >= 128) {
                throw new IllegalStateException("attached suffixes must end in ASCII");
            }
            String[] list = java.util.Arrays.copyOf(out[last], out[last].length + 1);
            list[list.length - 1] = suf;
            out[last] = list;
        }
        return out;
    }

    @Override
    public EntityType type() {
        return EntityType.STREET_ADDRESS;
    }

    @Override
    public boolean readsEveryToken() {
        return true;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        Tokens t = v.tokens();
        int n = t.count();
        int i = 0;
        while (i < n) {
            int f = t.flags(i);
            // cheap triggers: a digit-led token, a capitalized word, or "corner"; everything else is skipped
            boolean digit = (f & Tokens.HAS_DIGIT) != 0;
            boolean cap = (f & (Tokens.CAPITALIZED | Tokens.ALL_UPPER)) != 0;
            if (!digit && !cap && (t.length(i) != 6 || !t.equalsIgnoreCase(i, "corner"))) {
                i++;
                continue;
            }
            int end = -1;
            double score = 0;
            int start = i;
            if (digit && isHouseNumber(v, t, i)) {
                int e = streetAfterNumber(v, t, i + 1);
                if (e < 0) {
                    e = wordsThenNumber(v, t, i + 1, true); // "20789 Allika 46", "86036 Rua do Arenque 1634"
                }
                if (e < 0 && i + 1 < n && isHouseNumber(v, t, i + 1) && t.spaceBetween(i, 2)) {
                    e = streetAfterNumber(v, t, i + 2); // "9554 62 Rue Gafsa": a building number before the street's
                }
                if (e >= 0) {
                    end = e;
                    score = SCORE;
                } else if (isBoxWord(v, t, i - 1)) {
                    end = i;
                    score = SCORE;
                }
            }
            if (end < 0 && cap && !digit && numberSoon(t, i)) {
                int e = streetThenNumber(v, t, i);
                if (e >= 0) {
                    end = e;
                    score = ATTACHED_SCORE;
                } else if (ships.contains(v.text(), t.start(i), t.end(i)) && t.is(i, Tokens.ALL_UPPER) && i + 1 < n
                        && t.spaceBetween(i, 2) && t.is(i + 1, Tokens.CAPITALIZED) && militaryPostLine(v, t, i + 2)) {
                    end = i + 1; // "USNS Bergman\nFPO AP 93757"
                    score = SCORE;
                } else {
                    // the cue is the cheaper test (a few probes of a small dictionary); both are pure
                    e = afterCue(v, t, i) ? wordsThenNumber(v, t, i, false) : -1;
                    if (e >= 0) {
                        end = e; // "lives at Joaquin Suarez 2906": no street word, so only after an address cue
                        score = CUED_SCORE;
                    }
                }
            }
            if (end < 0 && t.length(i) == 6 && t.equalsIgnoreCase(i, "corner")) {
                int e = corner(v, t, i);
                if (e >= 0) {
                    end = e;
                    score = SCORE;
                    if (i > 0 && t.equalsIgnoreCase(i - 1, "the") && t.spaceBetween(i - 1, 2)) {
                        start = i - 1;
                    }
                }
            }
            if (end < 0 && t.length(i) <= 2 && isPoBox(v, t, i)) { // "po" or the "o" of "P.O."
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
            start = growLeft(v, t, start);
            if (start > 1 && t.equalsIgnoreCase(start - 1, "and") && t.spaceBetween(start - 2, 2)
                    && t.spaceBetween(start - 1, 2) && t.is(start - 2, Tokens.CAPITALIZED)) {
                start -= 2; // "Maarit and Hersnapvej 75": the corner of two streets, written "X and Y 75"
            }
            out.add(t.start(start), t.end(last) + (v.at(t.end(last)) == '.' && abbreviationDot(v, t, last) ? 1 : 0),
                    EntityType.STREET_ADDRESS, score + contextBoost(v, t, start));
            i = last + 1;
        }
    }

    /**
     * Takes in what stands before a street or box, repeatedly (at most four steps): a unit word ("Unit 5477
     * Box 8244"), the "P." of "P.O. Box", a building number ("45818 P.O. Box 242", "5049 Harjukuja 54") and the
     * "PSC 1234," of a military post box.
     */
    private int growLeft(TextView v, Tokens t, int start) {
        for (int step = 0; step < 4 && start > 0; step++) {
            if (isUnitToken(v, t, start - 1) && t.spaceBetween(start - 1, 2)) {
                start--;
            } else if (t.equalsIgnoreCase(start, "o") && t.equalsIgnoreCase(start - 1, "p")
                    && t.start(start) == t.end(start - 1) + 1 && v.charAt(t.end(start - 1)) == '.') {
                start--;
            } else if (isHouseNumber(v, t, start - 1) && t.spaceBetween(start - 1, 2)) {
                start--;
            } else if (start > 1 && isNumberToken(t, start - 1) && t.equalsIgnoreCase(start - 2, "psc")
                    && t.spaceBetween(start - 2, 2) && gapIs(v, t.end(start - 1), t.start(start), ", ")) {
                start -= 2;
            } else {
                break;
            }
        }
        return start;
    }

    private static boolean gapIs(TextView v, int from, int to, String gap) {
        if (to - from != gap.length()) {
            return false;
        }
        for (int k = 0; k < gap.length(); k++) {
            if (v.charAt(from + k) != gap.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every street-first shape ends in a number ("Koskikatu 25", "USNS Bergman\nFPO AP 93757"), so a
     * capitalized word with no digit-bearing token among the next six is skipped before any lookup.
     */
    private static boolean numberSoon(Tokens t, int i) {
        int to = Math.min(t.count(), i + 7);
        for (int k = i + 1; k < to; k++) {
            if (t.is(k, Tokens.HAS_DIGIT)) {
                return true;
            }
        }
        return false;
    }

    /** "St.", "u.", "39.": a dot right after an abbreviation or a Central European house number, not a full stop. */
    private boolean abbreviationDot(TextView v, Tokens t, int i) {
        return suffixes.contains(v.text(), t.start(i), t.end(i)) || (t.is(i, Tokens.HAS_DIGIT) && t.length(i) <= 4
                && i + 1 < t.count() && t.start(i + 1) - t.end(i) <= 2 && !Character.isUpperCase(v.at(t.start(i + 1))));
    }

    /**
     * "Allika 46", "Rua do Arenque 1634", "Erzsébet tér 19.", "Piroska u. 97.": street words, then a house
     * number, on one line. Without a street word the words must not be ordinary English words, so "has 2
     * cats and 3 dogs" or "Top 10 Songs Of 2020" stay text. Returns the number's token index or -1.
     */
    private int wordsThenNumber(TextView v, Tokens t, int i, boolean afterNumber) {
        int n = t.count();
        if (i >= n || (afterNumber && !t.spaceBetween(i - 1, 2))) {
            return -1;
        }
        boolean capitalizedSeen = false;
        boolean unknownSeen = false;
        for (int j = i; j < n && j - i < 5; j++) {
            if (j > i && !(t.spaceBetween(j - 1, 2) || dotSpace(v, t, j - 1))) {
                return -1;
            }
            if (t.is(j, Tokens.HAS_DIGIT)) {
                if (j == i || !isNumberToken(t, j) || t.length(j) > 5 || !unknownSeen) {
                    return -1;
                }
                char after = v.at(t.end(j));
                if (after == ':' || after == '%' || after == '/' || (after == '.' && TextView.isAsciiDigit(v.at(t.end(j) + 1)))) {
                    return -1;
                }
                return j;
            }
            if (!t.is(j, Tokens.HAS_LETTER)) {
                return -1;
            }
            if (afterNumber && j > i && unknownSeen && isUnitToken(v, t, j) && j + 1 < n && t.spaceBetween(j, 2)
                    && isNumberToken(t, j + 1) && !t.is(j, Tokens.ALL_LOWER)) {
                return j - 1; // "2505 Heatherleigh Suite 620": the unit is taken by extend()
            }
            boolean lower = t.is(j, Tokens.ALL_LOWER);
            boolean streetWord = suffixes.contains(v.text(), t.start(j), t.end(j))
                    || prefixes.contains(v.text(), t.start(j), t.end(j)) || hasAttachedSuffix(v, t, j);
            boolean particle = lower && t.length(j) <= 3 && particles.contains(v.text(), t.start(j), t.end(j));
            if (j == i && lower && !afterNumber) {
                return -1;
            }
            boolean common = words.contains(v.text(), t.start(j), t.end(j));
            if (streetWord) {
                unknownSeen = true;
            } else if (particle && j > i) {
                continue;
            } else if (common) {
                return -1;
            } else {
                unknownSeen = true;
            }
            capitalizedSeen |= !lower;
            if (lower && !afterNumber) {
                return -1;
            }
        }
        return -1;
    }

    /** A token followed by ". " - the dot of an abbreviation inside a street name ("u. 97", "Λ. Αλεξάνδρας"). */
    private static boolean dotSpace(TextView v, Tokens t, int j) {
        return t.length(j) <= 3 && v.at(t.end(j)) == '.' && v.at(t.end(j) + 1) == ' ' && j + 1 < t.count()
                && t.start(j + 1) == t.end(j) + 2;
    }

    /** Address cues within three tokens before: "lives at", "address is", "located at", "sent to". */
    private boolean afterCue(TextView v, Tokens t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (context.contains(v.text(), t.start(k), t.end(k))) {
                return true;
            }
        }
        return false;
    }

    /** "corner of X and Y": two streets, each up to five words (a number allowed), on one line. */
    private int corner(TextView v, Tokens t, int i) {
        int n = t.count();
        if (i + 2 >= n || !t.equalsIgnoreCase(i + 1, "of") || !t.spaceBetween(i, 2)) {
            return -1;
        }
        int and = -1;
        for (int j = i + 2; j < n && j - i < 9; j++) {
            if (!t.spaceBetween(j - 1, 2) && !dotSpace(v, t, j - 1)) {
                return -1;
            }
            if (t.equalsIgnoreCase(j, "and") || (t.charBefore(j) == '&')) {
                and = j;
                break;
            }
        }
        if (and < 0 || and == i + 2) {
            return -1;
        }
        int end = -1;
        for (int j = and + 1; j < n && j - and <= 4; j++) {
            if (!t.spaceBetween(j - 1, 2) && !dotSpace(v, t, j - 1)) {
                break;
            }
            if (!isWord(t, j) && !isNumberToken(t, j)) {
                break;
            }
            if (t.is(j, Tokens.ALL_LOWER) && words.contains(v.text(), t.start(j), t.end(j)) && !suffixes.contains(v.text(), t.start(j), t.end(j))) {
                break;
            }
            end = j;
        }
        return end;
    }

    /** "APO AE 12345", "FPO AP 93757", "DPO AA 13319" on the next line: a US military post address. */
    private boolean militaryPostLine(TextView v, Tokens t, int j) {
        return j + 2 < t.count() && military.contains(v.text(), t.start(j), t.end(j)) && t.is(j + 1, Tokens.ALL_UPPER)
                && t.length(j + 1) == 2 && t.is(j + 2, Tokens.HAS_DIGIT) && t.length(j + 2) == 5;
    }

    /** Returns the last token index of "NAME{0,4} SUFFIX [DIR|NUMBER]" or "PREFIX NAME{1,4}" starting at i, or -1. */
    private int streetAfterNumber(TextView v, Tokens t, int i) {
        int n = t.count();
        if (i >= n || !t.spaceBetween(i - 1, 2)) {
            return -1;
        }
        if (prefixes.contains(v.text(), t.start(i), t.end(i)) && !t.is(i, Tokens.HAS_DIGIT)) {
            return afterPrefix(v, t, i);
        }
        for (int j = i; j < n && j - i < 5; j++) {
            if (j > i && !t.spaceBetween(j - 1, 2) && !dotSpace(v, t, j - 1)) {
                return -1; // "St. John Street"
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

    /**
     * "Rue de Tanger", "rue de la Hulotais", "Avenue du Golf Arabe", "Avda. Generalísimo", "avenida praia": a
     * street word that comes first, then up to five name words with particles between them. Capitalized
     * names always count; a lowercase word only after a lowercase street word and only when it is no
     * ordinary English word. Returns the last name word's index, or -1 if there is none.
     */
    private int afterPrefix(TextView v, Tokens t, int i) {
        int n = t.count();
        boolean lowerText = t.is(i, Tokens.ALL_LOWER);
        int last = -1;
        for (int j = i + 1; j < n && j - i <= 5; j++) {
            if (!t.spaceBetween(j - 1, 2) && !dotSpace(v, t, j - 1)) {
                break;
            }
            if (isNameWord(t, j) && !isUnitToken(v, t, j)) {
                last = j;
            } else if (t.is(j, Tokens.ALL_LOWER) && particles.contains(v.text(), t.start(j), t.end(j))) {
                continue;
            } else if (lowerText && t.is(j, Tokens.ALL_LOWER) && t.length(j) > 2
                    && !words.contains(v.text(), t.start(j), t.end(j)) && !units.contains(v.text(), t.start(j), t.end(j))) {
                last = j;
            } else {
                break;
            }
        }
        return last;
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
            // The house number is the cheap test: most capitalized words are not followed by one, and
            // hasAttachedSuffix compares against every street suffix (see BENCHMARKS.md, STREET_ADDRESS).
            if (j + 1 < n && t.spaceBetween(j, 2) && isNumberToken(t, j + 1) && t.length(j + 1) <= 5
                    && ((prefix && j > i) || hasAttachedSuffix(v, t, j)
                    || (j > i && suffixes.contains(v.text(), t.start(j), t.end(j)) && isAttachedWord(v, t, j)))) {
                return j + 1;
            }
            if (!isWord(t, j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Grows the span over what follows a street, on this and the next lines: a house number written
     * after the street, units ("Apt. 864", "Suite 300"), city words (any case, with particles: "Mora de
     * Rubielos", "LAPPEENRANTA"), a region code ("ON", "NSW"), Faker's empty region "nan", a postal code
     * and a country. City words are only kept when something address-like comes after them (a region,
     * a postal code or a country), so a sentence that goes on after an address is not swallowed.
     */
    private int extend(TextView v, Tokens t, int last) {
        int n = t.count();
        int good = last;
        int j = last + 1;
        int lines = 0;
        int pendingCity = 0;
        boolean blankLineUsed = false;
        if (j < n && t.spaceBetween(last, 2) && isNumberToken(t, j) && !t.is(last, Tokens.HAS_DIGIT) && t.length(j) <= 5) {
            good = j++; // "Via Franscini 71": the house number after the street
        }
        while (j < n) {
            int gapNewlines = newlines(v, t.end(j - 1), t.start(j));
            if (gapNewlines == 2 && !blankLineUsed) {
                blankLineUsed = true; // "Brønderslev\n\n Denmark 35018": one blank line inside a contact card
            } else if (gapNewlines < 0 || gapNewlines > 1) {
                break; // a blank line or other punctuation ends the address
            }
            lines += gapNewlines;
            if (lines > 5) {
                break;
            }
            boolean unit = isUnitToken(v, t, j) || (j + 1 < n && t.is(j, Tokens.ALL_LOWER) && isNumberToken(t, j + 1)
                    && units.contains(v.text(), t.start(j), t.end(j))); // "apt. 169" in lowercase text
            if (unit && j + 1 < n && (isNumberToken(t, j + 1) || t.length(j + 1) <= 4)
                    && newlines(v, t.end(j), t.start(j + 1)) == 0) {
                j += 2;
                good = j - 1;
                pendingCity = 0;
                continue;
            }
            if (isNumberToken(t, j) && t.length(j) >= 3 && t.length(j) <= 6 && !t.is(j, Tokens.HAS_LETTER)
                    && standalone(v, t, j)) {
                good = j;
                j++;
                if (j < n && v.at(t.start(j) - 1) == '-' && isNumberToken(t, j) && t.length(j) == 4) {
                    good = j;
                    j++;
                }
                pendingCity = 0;
                continue;
            }
            if (military.contains(v.text(), t.start(j), t.end(j)) && t.is(j, Tokens.ALL_UPPER)) {
                good = j++; // "APO AE 12345"
                pendingCity = 0;
                continue;
            }
            if ((t.is(j, Tokens.ALL_UPPER) && t.length(j) <= 3 && !t.is(j, Tokens.HAS_DIGIT) && gapHasComma(v, t, j))
                    || (t.is(j, Tokens.ALL_UPPER) && t.length(j) == 2 && !t.is(j, Tokens.HAS_DIGIT))
                    || t.equalsIgnoreCase(j, "nan") || countries.contains(v.text(), t.start(j), t.end(j))) {
                good = j;
                j++;
                if (j < n && v.at(t.end(j - 1)) == ' ' && v.at(t.end(j - 1) + 1) == '(') {
                    j++; // "Cyprus (Greek)"
                    good = j - 1;
                }
                pendingCity = 0;
                continue;
            }
            boolean cityWord = t.is(j, Tokens.CAPITALIZED) || (t.is(j, Tokens.ALL_UPPER) && t.length(j) > 2)
                    || (pendingCity > 0 && t.is(j, Tokens.ALL_LOWER) && particles.contains(v.text(), t.start(j), t.end(j)));
            if (cityWord && !t.is(j, Tokens.HAS_DIGIT) && pendingCity < 4) {
                pendingCity++;
                j++;
                continue;
            }
            break;
        }
        return good;
    }

    /** A postal code stands alone; digits glued to '-', '(', '+', '/' or a digit group are a phone or a date. */
    private static boolean standalone(TextView v, Tokens t, int j) {
        char b = t.charBefore(j);
        char a = t.charAfter(j);
        if (b == '(' || b == '+' || b == '-' || b == '/' || b == '.' || a == '-' || a == ')' || a == '/' || a == ':') {
            return false;
        }
        if (a == '.' && TextView.isAsciiDigit(v.at(t.end(j) + 1))) {
            return false;
        }
        // "416 60 039": another digit group right after on the same line is a phone number
        return !(a == ' ' && TextView.isAsciiDigit(v.at(t.end(j) + 1)));
    }

    /** A comma in the gap before token j: region codes follow the city after a comma ("Toronto, ON"). */
    private static boolean gapHasComma(TextView v, Tokens t, int j) {
        for (int k = t.end(j - 1); k < t.start(j); k++) {
            if (v.charAt(k) == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * Newlines in the gap between two tokens, or -1 if the gap holds more than spaces, commas, newlines,
     * e-mail quote marks ('>') and an opening bracket.
     */
    private static int newlines(TextView v, int from, int to) {
        int nl = 0;
        if (to - from > 14) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c == '\n') {
                nl++;
            } else if ((c == '>' || c == '?' || c == '*' || c == '|' || c == '\u2022') && nl > 0) {
                // quote marks and bullets that start each line of a pasted block: ">", "???", "*", "•"
                continue;
            } else if (c != ' ' && c != ',' && c != '\r' && c != '\t' && c != '.' && c != '#' && c != '(' && c != ')') {
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
        char last = TokenDictionary.fold(s.charAt(end - 1));
        if (last >= 128) {
            return false;
        }
        for (String suf : attachedByLast[last]) {
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
        if (!TextView.isAsciiDigit(first) || (first == '0' && t.length(i) < 3)) {
            return false; // "0605", "07576": building numbers may start with 0, but "0 cats" is no address
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
