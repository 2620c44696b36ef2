package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.internal.Gazetteers;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.text.Tokens;

/**
 * Person names from gazetteers, capitalization and context — no model.
 *
 * <p><b>Runs.</b> Consecutive name-shaped tokens on one line ("Jane", "McDonald", an initial "J." or
 * "J") form a run of up to four tokens. Ordinary words and function words end a run, so "Thanks Jane
 * Smith" gives the run "Jane Smith".
 *
 * <p><b>Token classes.</b> FIRST (a given name in the SSA list that is not an ordinary word), SURNAME
 * (Census list), WORDY (a name that is also a word: "Will", "Grace", "May"), UNKNOWN (capitalized, in no
 * list — most non-US names).
 *
 * <p><b>Scores.</b> A run that starts with a FIRST name scores high; two unknown capitalized words score
 * at the threshold (international names are common in user text, but so are titles); a single word
 * scores below the threshold unless it is a FIRST name mid-sentence. Context then moves the score:
 * honorifics ("Dr.", "Ms."), introductions ("my name is", "I'm", "called"), greetings and sign-offs
 * ("Hi", "Thanks", "Regards", "– Jane"), relations ("my wife", "with"), and speech verbs ("said")
 * raise it; a preceding "the" or a following organisation or place word ("Inc", "University",
 * "Street") lowers it, and so does a number right before or after the run (streets are named after
 * people: "Joaquin Suarez 2906"). Lowercase names (common in social text) are accepted only when they
 * are frequent, unambiguous given names.
 *
 * <p><b>Per text.</b> "A, B and C" lists of bare words are firm names and are demoted; weak runs joined
 * to a confident one by ", " or " and " are raised; a single word that is part of a confident full name
 * elsewhere in the text is the same person.
 *
 * <p><b>Cost.</b> Each token is classified once (memoized) and a lowercase token is rejected by one
 * first-name lookup, so the scan is a few hash probes per token and no Strings are built.
 */
public final class PersonDetector implements Detector {

    private static final int FIRST = 1;
    private static final int SURNAME = 2;
    private static final int WORDY = 3;
    private static final int UNKNOWN = 4;
    private static final int INITIAL = 5;
    private static final int STOP = 0;
    private static final int FIGURE = Gazetteers.FIGURE_FIRST | Gazetteers.FIGURE_LAST;

    /** Rare SSA entries include many words and typos; below this many births a word is not trusted as a name. */
    private static final int MIN_FIRST_COUNT = 30;
    /** A capitalized dictionary word that is a given name this often is a name ("John", not "Bill": hand-listed). */
    private static final int MIN_COMMON_WORD_FIRST_COUNT = 100_000;
    /** Lowercase tokens are only names when they are this frequent: "emma" yes, "hunter" no. */
    private static final int MIN_LOWERCASE_FIRST_COUNT = 3_000;
    /** A lone capitalized given name that is also a word ("Bill", "Tanner") starts nearer the threshold when this common. */
    private static final int MIN_WORDY_SINGLE_COUNT = 20_000;

    private static final String[] HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
        "madam", "dame", "rev", "reverend", "lord", "lady", "mister", "mrs", "doctor", "judge", "sen", "senator",
        "rep", "gov", "president", "uncle", "aunt", "auntie", "coach", "capt", "captain", "officer", "pastor", "father"};
    private static final String[] CUES_BEFORE = {"is", "named", "called", "call", "im", "i'm", "am", "dear", "hi",
        "hello", "hey", "thanks", "thank", "regards", "cheers", "love", "xoxo", "sincerely", "by", "with", "said",
        "says", "asked", "told", "met", "meet", "wife", "husband", "son", "daughter", "brother",
        "sister", "friend", "boss", "manager", "cousin", "mom", "dad", "partner", "name", "cc",
        "attn", "contact", "sorry", "congrats", "congratulations", "miss", "kid", "child", "boyfriend",
        "girlfriend", "fiance", "fiancee", "grandfather", "grandmother", "colleague", "guardian", "starring",
        "directed", "featuring", "feat", "ft", "vs", "bye", "go", "ceo", "founder", "speaker", "producer", "singer", "author",
        "writer", "actor", "actress", "player", "commenter", "dm", "ping", "via", "heard", "under", "add", "assistant", "rip", "birthday", "bday", "shoutout", "salute"};
    private static final String[] CUES_AFTER = {"lives", "is", "was", "has", "had", "and", "will", "from", "of",
        "who", "went", "flew", "loves", "likes", "posted", "tweeted", "shared"};
    /** Verbs whose subject is nearly always a person. */
    private static final String[] STRONG_CUES_AFTER = {"said", "says", "wrote", "writes", "asked", "told", "replied",
        "explained", "thinks", "shouted", "spent", "began", "whispered", "laughed", "smiled", "cried", "yelled",
        "texted", "emailed", "married", "graduated", "stated", "admitted", "insisted", "claimed", "knew", "felt",
        "thought", "wanted", "died", "sang"};
    private static final String[] NOT_PERSON_AFTER = {"inc", "ltd", "llc", "corp", "corporation", "company", "co",
        "university", "college", "school", "hospital", "street", "st", "ave", "avenue", "road", "rd", "park",
        "city", "county", "airport", "bank", "group", "foundation", "institute", "center", "centre", "club",
        "hotel", "museum", "church", "river", "lake", "mountain", "island", "beach", "station", "stadium",
        "magazine", "records", "band", "festival", "award", "awards", "cup", "league", "gmbh", "ag", "sa", "plc",
        "blvd", "boulevard", "lane", "drive", "way", "square", "bridge", "tower", "mall", "market", "restaurant",
        "cafe", "bar", "pub", "studios", "studio", "press", "news", "times", "post", "journal", "weekly", "daily",
        "channel", "network", "tv", "radio", "fm", "show", "series", "movie", "film", "album", "song", "game",
        "games", "app", "day", "night", "week", "state", "states", "kingdom", "republic", "province", "valley",
        "orchestra", "ensemble", "choir", "quartet", "trio", "partners", "associates", "solutions", "technologies",
        "systems", "consulting", "services", "industries", "holdings", "agency", "labs", "apt", "suite", "creek",
        "cliffs", "courts", "points", "gardens", "heights", "hills", "terrace", "place", "court", "party"};

    private final Gazetteers g;
    private final TokenDictionary honorifics;
    private final TokenDictionary cuesBefore;
    private final TokenDictionary cuesAfter;
    private final TokenDictionary strongCuesAfter;
    private final TokenDictionary notPersonAfter;
    /**
     * {@link TokenDictionary#valueBitsFilter} of the given names and public figures in {@link Gazetteers#words()}:
     * 64 KB that stay in cache, so most lowercase words are rejected without probing the big table.
     */
    private final long[] firstOrFigure;

    public PersonDetector(Gazetteers gazetteers) {
        this.g = gazetteers;
        this.firstOrFigure = gazetteers.words().valueBitsFilter(Gazetteers.SSA_FIRST | FIGURE, 19);
        this.honorifics = TokenDictionary.ofWords(HONORIFICS);
        this.cuesBefore = TokenDictionary.ofWords(CUES_BEFORE);
        this.cuesAfter = TokenDictionary.ofWords(CUES_AFTER);
        this.strongCuesAfter = TokenDictionary.ofWords(STRONG_CUES_AFTER);
        this.notPersonAfter = TokenDictionary.ofWords(NOT_PERSON_AFTER);
    }

    @Override
    public EntityType type() {
        return EntityType.PERSON;
    }

    @Override
    public boolean readsEveryToken() {
        return true;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        Tokens t = v.tokens();
        int n = t.count();
        if (n == 0) {
            return;
        }
        // Each token is classified at most once per text: the run builder, the scorer and the
        // per-document pass all ask again, and a gazetteer lookup is the expensive part.
        byte[] memo = new byte[n];
        Runs runs = new Runs();
        int i = 0;
        while (i < n) {
            int f = t.flags(i);
            // cheap trigger first: a word without digits, capitalized or lowercase
            if ((f & Tokens.HAS_LETTER) == 0 || (f & Tokens.HAS_DIGIT) != 0) {
                i++;
                continue;
            }
            boolean lower = (f & Tokens.ALL_LOWER) != 0;
            if (lower && (!maybeFirstOrFigure(v, t, i) || (nameBits(v, t, i) & (Gazetteers.SSA_FIRST | FIGURE)) == 0)) {
                i++; // a lowercase run must start with a given name or a public figure's name: one lookup rejects most words
                continue;
            }
            if (!lower && (f & (Tokens.CAPITALIZED | Tokens.ALL_UPPER)) == 0) {
                i++; // "iPhone", "eBay": mixed case, neither a name nor lowercase text
                continue;
            }
            if (embedded(v, t, i)) {
                i++; // tested after the cheaper rejections above; all of them are pure
                continue;
            }
            int cls = cls(memo, v, t, i, lower);
            if (cls == STOP || (lower && cls != FIRST)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && j - i < 3 && (t.spaceBetween(j, 2) || initialDot(v, t, j)) && !embedded(v, t, j + 1)
                    && t.is(j + 1, Tokens.HAS_LETTER) && !t.is(j + 1, Tokens.HAS_DIGIT)
                    && (t.is(j + 1, Tokens.ALL_LOWER) == lower || (!lower && particle(v, t, j + 1)))
                    && !possessive(v, t, j)) {
                int c = cls(memo, v, t, j + 1, lower);
                if (c == STOP && lower && j == i && isLowerSurnameShape(v, t, j + 1)) {
                    c = UNKNOWN; // "patricia desrosiers": an unknown lowercase word after a first name
                }
                if (c == STOP && !lower && particle(v, t, j + 1) && j + 2 < n && t.spaceBetween(j + 1, 2)
                        && t.is(j + 2, Tokens.CAPITALIZED) && cls(memo, v, t, j + 2, false) != STOP) {
                    j += 2; // "Willemine ten Pas", "Ludwig van Beethoven": a lowercase particle inside a name
                    continue;
                }
                if (lower && c == WORDY && j == i && firstCount(v, t, i) >= MIN_LOWERCASE_FIRST_COUNT
                        && (nameBits(v, t, j + 1) & (Gazetteers.CENSUS_SURNAME | Gazetteers.FIGURE_LAST)) != 0) {
                    j++; // "kevin smith", "paul walker": a frequent given name, then a surname that is also a word
                    break;
                }
                if (c == STOP || (lower && c == WORDY)) {
                    break;
                }
                j++;
            }
            if (!lower && j == i && j + 1 < n && t.spaceBetween(j, 2) && t.is(j + 1, Tokens.ALL_LOWER) && !possessive(v, t, j)
                    && !embedded(v, t, j + 1) && cls(memo, v, t, i, false) == FIRST && isLowerSurnameShape(v, t, j + 1)) {
                j++; // "Kylie minogue", "Mauro renallo": social text often lowercases the surname, and no word follows a given name so
            }
            // a trailing initial is not part of a name ("Jane S" is fine, but "A" at the end of "Thanks A")
            while (j > i && cls(memo, v, t, j, lower) == INITIAL && v.at(t.end(j)) != '.') {
                j--;
            }
            double score = score(memo, v, t, i, j, lower);
            int end = possessive(v, t, j) ? t.end(j) - 2 : t.end(j);
            if (cls(memo, v, t, j, lower) == INITIAL && v.at(end) == '.') {
                end++;
            }
            int last = j;
            if (!lower && j + 1 < n && t.spaceBetween(j, 2) && generational(t, j + 1)) {
                last = j + 1; // "Kevin Veitonen II", "John Smith Jr."
                end = t.end(last);
            }
            int begin = t.start(i);
            if (!lower && stagePrefix(t, i)) {
                begin = t.start(i - 1); // "DJ Khaled", "MC Lyte": the prefix is part of the stage name
                score = Math.min(1.0, score + 0.3);
            }
            runs.add(i, j, begin, end, score, lower);
            i = last + 1;
        }
        if (runs.size == 0) {
            return;
        }
        organisationLists(v, t, runs);
        coordinate(v, runs);
        repeatedMentions(v, t, memo, runs);
        for (int r = 0; r < runs.size; r++) {
            if (runs.score[r] > 0) {
                out.add(runs.charStart[r], runs.charEnd[r], EntityType.PERSON, runs.score[r]);
            }
        }
    }

    /** The runs of one text in parallel arrays; token and char bounds, score, lowercase flag. */
    private static final class Runs {
        int[] firstTok = new int[16];
        int[] lastTok = new int[16];
        int[] charStart = new int[16];
        int[] charEnd = new int[16];
        double[] score = new double[16];
        boolean[] lower = new boolean[16];
        int size;

        void add(int ft, int lt, int cs, int ce, double s, boolean low) {
            if (size == firstTok.length) {
                int cap = size * 2;
                firstTok = java.util.Arrays.copyOf(firstTok, cap);
                lastTok = java.util.Arrays.copyOf(lastTok, cap);
                charStart = java.util.Arrays.copyOf(charStart, cap);
                charEnd = java.util.Arrays.copyOf(charEnd, cap);
                score = java.util.Arrays.copyOf(score, cap);
                lower = java.util.Arrays.copyOf(lower, cap);
            }
            firstTok[size] = ft;
            lastTok[size] = lt;
            charStart[size] = cs;
            charEnd[size] = ce;
            score[size] = s;
            lower[size] = low;
            size++;
        }
    }

    /**
     * "Hawkins, Richardson and Santana": three bare capitalized words listed as "A, B and C" is how law
     * firms, agencies and companies are named. Unless a colon introduces the list ("founders: Kónya,
     * Becker and Vasquez") or a first name is among them, none of the three is taken as a person.
     */
    private void organisationLists(TextView v, Tokens t, Runs runs) {
        for (int r = 0; r + 2 < runs.size; r++) {
            if (runs.lower[r] || runs.firstTok[r] != runs.lastTok[r] || runs.firstTok[r + 1] != runs.lastTok[r + 1]
                    || runs.firstTok[r + 2] != runs.lastTok[r + 2]) {
                continue;
            }
            if (!gapIs(v, runs.charEnd[r], runs.charStart[r + 1], ", ")
                    || !gapIs(v, runs.charEnd[r + 1], runs.charStart[r + 2], " and ")) {
                continue;
            }
            int k = runs.charStart[r] - 1;
            while (k >= 0 && v.charAt(k) == ' ') {
                k--;
            }
            if (v.at(k) == ':') {
                continue;
            }
            for (int q = r; q <= r + 2; q++) {
                runs.score[q] = Math.min(runs.score[q], 0.3);
            }
            r += 2;
        }
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
     * Once "Jane Smith" is confidently a name, a later "Smith" or "Jane" alone in the same text is the
     * same person, even where the single word would be too weak on its own ("Smith said", "Unlike the
     * Smith novel"). Compares char regions; no strings are built.
     */
    private void repeatedMentions(TextView v, Tokens t, byte[] memo, Runs runs) {
        int confirmed = 0;
        for (int r = 0; r < runs.size; r++) {
            if (runs.score[r] >= 0.6 && runs.lastTok[r] > runs.firstTok[r] && !runs.lower[r]) {
                confirmed++;
            }
        }
        if (confirmed == 0) {
            return;
        }
        for (int r = 0; r < runs.size; r++) {
            if (runs.score[r] >= 0.5 || runs.score[r] <= 0.25 || runs.lower[r]) {
                continue;
            }
            for (int a = runs.firstTok[r]; a <= runs.lastTok[r]; a++) {
                if (cls(memo, v, t, a, false) == INITIAL) {
                    continue;
                }
                if (partOfConfirmed(v, t, runs, a, r)) {
                    runs.score[r] = 0.7;
                    break;
                }
            }
        }
    }

    private boolean partOfConfirmed(TextView v, Tokens t, Runs runs, int tok, int self) {
        int len = t.length(tok);
        for (int r = 0; r < runs.size; r++) {
            if (r == self || runs.score[r] < 0.6 || runs.lastTok[r] == runs.firstTok[r] || runs.lower[r]) {
                continue;
            }
            for (int b = runs.firstTok[r]; b <= runs.lastTok[r]; b++) {
                if (t.length(b) == len && len > 1 && regionEquals(v, t.start(tok), t.start(b), len)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionEquals(TextView v, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            if (v.charAt(a + k) != v.charAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean generational(Tokens t, int i) {
        return t.equalsIgnoreCase(i, "jr") || t.equalsIgnoreCase(i, "sr") || (t.is(i, Tokens.ALL_UPPER)
                && (t.equalsIgnoreCase(i, "ii") || t.equalsIgnoreCase(i, "iii") || t.equalsIgnoreCase(i, "iv")));
    }

    /** Lowercase particles of European surnames: "van", "de", "ten", "von", "da", "di", "del", "der". */
    private static boolean particle(TextView v, Tokens t, int i) {
        if (!t.is(i, Tokens.ALL_LOWER) || t.length(i) > 3) {
            return false;
        }
        return t.equalsIgnoreCase(i, "van") || t.equalsIgnoreCase(i, "von") || t.equalsIgnoreCase(i, "de")
                || t.equalsIgnoreCase(i, "ten") || t.equalsIgnoreCase(i, "ter") || t.equalsIgnoreCase(i, "der")
                || t.equalsIgnoreCase(i, "den") || t.equalsIgnoreCase(i, "da") || t.equalsIgnoreCase(i, "di")
                || t.equalsIgnoreCase(i, "del") || t.equalsIgnoreCase(i, "dos") || t.equalsIgnoreCase(i, "das")
                || t.equalsIgnoreCase(i, "le") || t.equalsIgnoreCase(i, "la") || t.equalsIgnoreCase(i, "bin")
                || t.equalsIgnoreCase(i, "al");
    }

    /**
     * Names are listed together: in "Kónya, Becker and Vasquez" one confident name vouches for its
     * neighbours joined by ", ", " and ", " & ". Weak runs next to a strong one are raised.
     */
    private static void coordinate(TextView v, Runs runs) {
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < runs.size; r++) {
                double s = runs.score[r];
                if (s >= 0.5 || s <= 0.0 || runs.lower[r]) {
                    continue;
                }
                boolean near = (r > 0 && runs.score[r - 1] >= 0.6 && joined(v, runs.charEnd[r - 1], runs.charStart[r]))
                        || (r + 1 < runs.size && runs.score[r + 1] >= 0.6 && joined(v, runs.charEnd[r], runs.charStart[r + 1]));
                if (near) {
                    runs.score[r] = Math.min(1.0, s + 0.35);
                }
            }
        }
    }

    private static boolean joined(TextView v, int from, int to) {
        return gapIs(v, from, to, ", ") || gapIs(v, from, to, " and ") || gapIs(v, from, to, ", and ")
                || gapIs(v, from, to, " & ") || gapIs(v, from, to, " or ");
    }

    private double score(byte[] memo, TextView v, Tokens t, int i, int j, boolean lower) {
        int k = j - i + 1;
        int first = cls(memo, v, t, i, lower);
        int last = cls(memo, v, t, j, lower);
        boolean lastNamey = last == SURNAME || last == FIRST || (last == WORDY && surname(v, t, j));
        boolean sentenceStart = t.startsSentence(i);
        boolean middleInitial = false;
        for (int m = i + 1; m < j; m++) {
            middleInitial |= cls(memo, v, t, m, lower) == INITIAL;
        }
        double s;
        if (lower) {
            if (k == 1) {
                s = firstCount(v, t, i) >= MIN_LOWERCASE_FIRST_COUNT || (nameBits(v, t, i) & FIGURE) != 0 ? 0.5 : 0.0;
            } else {
                s = 0.6;
            }
        } else if (k >= 2) {
            if (first == FIRST) {
                s = 0.85;
            } else if (first == WORDY) {
                s = lastNamey ? 0.7 : 0.35;
            } else if (first == UNKNOWN || first == INITIAL) {
                s = lastNamey ? 0.65 : 0.5;
            } else {
                s = 0.6; // surname first: "Smith, John" is split by the comma, so this is e.g. "Lee Ann"
            }
            if (middleInitial && first != INITIAL && last != WORDY) {
                s = Math.max(s, 0.8); // "Ravil G Yefimov", "Faina D. Yefremova": first, initial, last
            }
            if (sentenceStart && first == UNKNOWN && s < 0.6) {
                s -= 0.05;
            }
            if (k <= 3 && wholeLine(v, t, i, j) && first != WORDY) {
                s += 0.15; // a line that is only a name: the head of a signature, a letter, a contact card
            }
        } else {
            s = switch (first) {
                case FIRST -> sentenceStart ? 0.55 : 0.6;
                case SURNAME -> sentenceStart ? 0.35 : 0.45;
                case INITIAL -> 0.0;
                case UNKNOWN -> sentenceStart ? 0.2 : 0.4;
                default -> firstCount(v, t, i) >= MIN_WORDY_SINGLE_COUNT
                        && Gazetteers.commonClass(word(v, t, i)) == Gazetteers.COMMON_WORD ? 0.35 : 0.2;
            };
            if (first != INITIAL && personVerbAfter(v, t, i)
                    && Gazetteers.commonClass(word(v, t, i)) != Gazetteers.AMBIGUOUS_NAME) {
                s += 0.15; // "Tebogo is cute", "Bill is so right": a lone name that is the subject of a sentence
            }
            if (first != INITIAL && hyphenatedPair(v, t, i)) {
                s -= 0.3; // "Weeks-Rivas" alone is a firm name; a person's double surname follows a first name
            }
        }
        if (s <= 0.0) {
            return 0.0;
        }
        s += contextBoost(v, t, i, j, first == WORDY);
        s += addressPenalty(v, t, i, j);
        return Math.max(0.0, Math.min(1.0, s));
    }

    /**
     * Words between a house number and a number, or right before a house number, are a street
     * ("10252 Μεγάλη Άμμος 184", "Joaquin Suarez 2906"): streets are named after people.
     */
    private static double addressPenalty(TextView v, Tokens t, int i, int j) {
        int q = j + 1;
        boolean numberAfter = q < t.count() && t.spaceBetween(j, 2) && t.is(q, Tokens.HAS_DIGIT)
                && !t.is(q, Tokens.HAS_LETTER) && t.length(q) <= 5;
        int p = i - 1;
        boolean numberBefore = p >= 0 && t.spaceBetween(p, 2) && t.is(p, Tokens.HAS_DIGIT) && !t.is(p, Tokens.HAS_LETTER)
                && t.length(p) <= 6;
        if (numberAfter && numberBefore) {
            return -0.6;
        }
        return numberAfter || numberBefore ? -0.35 : 0.0;
    }

    private static boolean hyphenatedPair(TextView v, Tokens t, int i) {
        for (int k = t.start(i) + 1; k < t.end(i) - 1; k++) {
            if (v.charAt(k) == '-') {
                return Character.isUpperCase(v.charAt(k + 1));
            }
        }
        return false;
    }

    /** Only spaces, '>' quote marks and bullets between the run and the line ends. */
    private static boolean wholeLine(TextView v, Tokens t, int i, int j) {
        int k = t.start(i) - 1;
        while (k >= 0 && (v.charAt(k) == ' ' || v.charAt(k) == '>' || v.charAt(k) == '\t')) {
            k--;
        }
        if (k >= 0 && v.charAt(k) != '\n') {
            return false;
        }
        int e = t.end(j);
        while (e < v.length() && (v.charAt(e) == ' ' || v.charAt(e) == '\r' || v.charAt(e) == '\t')) {
            e++;
        }
        return e == v.length() || v.charAt(e) == '\n';
    }

    private double contextBoost(TextView v, Tokens t, int i, int j, boolean wordy) {
        double boost = 0.0;
        int p = i - 1;
        if (p >= 0 && sameLineNear(v, t.end(p), t.start(i))) {
            if (honorifics.contains(v.text(), t.start(p), t.end(p))) {
                boost += 0.4;
            } else if (cuesBefore.contains(v.text(), t.start(p), t.end(p))) {
                boost += 0.3;
            } else if (t.equalsIgnoreCase(p, "the") || t.equalsIgnoreCase(p, "a") || t.equalsIgnoreCase(p, "an")) {
                boost -= 0.3;
            }
        }
        if (p >= 1 && t.equalsIgnoreCase(p, "is") && t.equalsIgnoreCase(p - 1, "name")) {
            boost += 0.2;
        }
        int q = j + 1;
        if (q < t.count() && sameLineNear(v, t.end(j), t.start(q))) {
            if (notPersonAfter.contains(v.text(), t.start(q), t.end(q)) && !t.is(q, Tokens.ALL_LOWER)) {
                boost -= 0.5;
            } else if (strongCuesAfter.contains(v.text(), t.start(q), t.end(q)) && t.is(q, Tokens.ALL_LOWER)) {
                boost += 0.3; // only people shout, reply or spend a year somewhere
            } else if (cuesAfter.contains(v.text(), t.start(q), t.end(q)) && t.is(q, Tokens.ALL_LOWER)) {
                boost += q + 1 < t.count() && t.equalsIgnoreCase(q, "is") && (t.equalsIgnoreCase(q + 1, "from")
                        || t.equalsIgnoreCase(q + 1, "very")) ? 0.3 : 0.15;
            }
        }
        if (possessive(v, t, j)) {
            boost += 0.1;
        } else if (spacedPossessive(v, t, j)) {
            boost += 0.15; // "Tanner ' s car": tokenized social text
        }
        if (p >= 1 && t.equalsIgnoreCase(p, "you") && sameLineNear(v, t.end(p), t.start(i))
                && (t.equalsIgnoreCase(p - 1, "thank") || t.equalsIgnoreCase(p - 1, "love") || t.equalsIgnoreCase(p - 1, "miss"))) {
            boost += 0.3; // "thank you Hendo", "love you Amber": a person addressed
        }
        if (signOff(v, t.start(i))) {
            boost += 0.3;
        }
        boost += SocialCues.boost(v, t, i, j, wordy);
        if (labelled(v, t.start(i))) {
            boost += 0.3;
        }
        if (v.at(t.end(j)) == ':' && t.startsSentence(i) && j - i <= 2) {
            boost += 0.3; // a speaker in a dialogue or chat log: "Alexander: Who are you?"
        }
        return boost;
    }

    /** "– Jane", "-Jane", "~ Jane": a dash right before the name is how posts are signed. */
    private static boolean signOff(TextView v, int start) {
        int k = start - 1;
        while (k >= 0 && v.charAt(k) == ' ') {
            k--;
        }
        char c = v.at(k);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '~';
    }

    /** "Name: Jane", "Bot: ... User: Jane": a label and colon right before the name. */
    private static boolean labelled(TextView v, int start) {
        int k = start - 1;
        while (k >= 0 && (v.charAt(k) == ' ' || v.charAt(k) == '\t')) {
            k--;
        }
        return v.at(k) == ':' && k >= 4 && v.regionMatchesIgnoreCase(k - 4, "name");
    }

    private static boolean sameLineNear(TextView v, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c == '\n' || c == '\r' || c == '"' || c == ';' || c == '(' || c == ')') {
                return false;
            }
        }
        return true;
    }

    /** {@link #classify}, memoized per token for one text (0 = not yet classified). */
    private int cls(byte[] memo, TextView v, Tokens t, int i, boolean lower) {
        int c = memo[i];
        if (c == 0) {
            c = classify(v, t, i, lower) + 1;
            memo[i] = (byte) c;
        }
        return c - 1;
    }

    private boolean surname(TextView v, Tokens t, int i) {
        return (Gazetteers.nameBits(word(v, t, i)) & Gazetteers.CENSUS_SURNAME) != 0;
    }

    private int classify(TextView v, Tokens t, int i, boolean lower) {
        int start = t.start(i);
        int end = possessive(v, t, i) ? t.end(i) - 2 : t.end(i);
        CharSequence s = v.text();
        if (!lower) {
            if (end - start == 1 && t.is(i, Tokens.ALL_UPPER)) {
                return INITIAL;
            }
            if (!t.is(i, Tokens.CAPITALIZED)) {
                return t.is(i, Tokens.ALL_UPPER) && end - start >= 3 ? shouted(v, t, i, start, end) : STOP;
            }
        }
        int word = g.words().get(s, start, end); // one probe answers every list (Gazetteers)
        int common = Gazetteers.commonClass(word);
        if (common == Gazetteers.FUNCTION_WORD || honorifics.contains(s, start, end)) {
            return STOP;
        }
        int fn = Gazetteers.firstCount(word);
        boolean isFirst = fn >= MIN_FIRST_COUNT;
        boolean isSurname = (Gazetteers.nameBits(word) & Gazetteers.CENSUS_SURNAME) != 0;
        if (common == Gazetteers.COMMON_WORD && fn >= MIN_COMMON_WORD_FIRST_COUNT && !lower) {
            return FIRST; // "John", "Peter", "Maria" are dictionary words too, but far more often names
        }
        if (common != TokenDictionary.ABSENT) {
            return isFirst || isSurname ? WORDY : STOP;
        }
        if (isFirst) {
            return FIRST;
        }
        if (isSurname) {
            return SURNAME;
        }
        int bits = nameBits(v, t, i);
        if (lower) {
            return (bits & FIGURE) != 0 ? FIRST : STOP; // "lebron", "messi": public figures are written lowercase
        }
        if ((bits & (Gazetteers.WORLD_FIRST | Gazetteers.FIGURE_FIRST)) != 0) {
            return FIRST;
        }
        return (bits & (Gazetteers.WORLD_SURNAME | Gazetteers.FIGURE_LAST)) != 0 ? SURNAME : UNKNOWN;
    }

    /**
     * An all-caps word ("THANK YOU ESTEE", "BEST OF RANBIR") is a name only when it is a listed given name or
     * public figure and no English word, so acronyms ("NASA", "LOL") and shouted words stay text.
     */
    private int shouted(TextView v, Tokens t, int i, int start, int end) {
        CharSequence s = v.text();
        if (Gazetteers.commonClass(g.words().get(s, start, end)) != TokenDictionary.ABSENT || honorifics.contains(s, start, end)) {
            return STOP;
        }
        int bits = nameBits(v, t, i);
        if ((bits & (Gazetteers.SSA_FIRST | Gazetteers.WORLD_FIRST | FIGURE)) == 0) {
            return STOP;
        }
        // a shouted sentence has shouted English words around the name; a lone code ("IBAN: ...") does not
        return shoutedWord(v, t, i - 1) || shoutedWord(v, t, i + 1) ? FIRST : STOP;
    }

    private boolean shoutedWord(TextView v, Tokens t, int k) {
        return k >= 0 && k < t.count() && t.is(k, Tokens.ALL_UPPER) && t.length(k) >= 2 && !t.is(k, Tokens.HAS_DIGIT)
                && Gazetteers.commonClass(word(v, t, k)) != TokenDictionary.ABSENT;
    }

    private boolean isLowerSurnameShape(TextView v, Tokens t, int i) {
        return t.is(i, Tokens.ALL_LOWER) && t.length(i) >= 3 && Gazetteers.commonClass(word(v, t, i)) == TokenDictionary.ABSENT
                && !t.is(i, Tokens.HAS_DIGIT);
    }

    /** False when token i (without a possessive "'s") is certainly no given name or public figure's name. */
    private boolean maybeFirstOrFigure(TextView v, Tokens t, int i) {
        if (possessive(v, t, i)) {
            return TokenDictionary.mayHaveValueBits(firstOrFigure, v.text(), t.start(i), t.end(i) - 2);
        }
        return TokenDictionary.mayHaveValueBits(firstOrFigure, t, i);
    }

    /** The token's {@link Gazetteers#nameBits} (without a possessive "'s"), 0 when it is in no name list. */
    private int nameBits(TextView v, Tokens t, int i) {
        int end = possessive(v, t, i) ? t.end(i) - 2 : t.end(i);
        return Gazetteers.nameBits(g.words().get(v.text(), t.start(i), end));
    }

    private int firstCount(TextView v, Tokens t, int i) {
        return Gazetteers.firstCount(word(v, t, i));
    }

    /** The {@link Gazetteers#words()} value of the whole token i. */
    private int word(TextView v, Tokens t, int i) {
        return g.words().get(v.text(), t.start(i), t.end(i));
    }

    /** "DJ" or "MC" in capitals right before token i: a performer's stage name follows. */
    private static boolean stagePrefix(Tokens t, int i) {
        int p = i - 1;
        return p >= 0 && t.length(p) == 2 && t.is(p, Tokens.ALL_UPPER) && t.spaceBetween(p, 1)
                && (t.equalsIgnoreCase(p, "dj") || t.equalsIgnoreCase(p, "mc"));
    }

    /** "D. Smith": an initial, its dot and one space. */
    private static boolean initialDot(TextView v, Tokens t, int j) {
        return t.length(j) == 1 && v.at(t.end(j)) == '.' && v.at(t.end(j) + 1) == ' ' && j + 1 < t.count()
                && t.start(j + 1) == t.end(j) + 2;
    }

    /** A lowercase "is", "was", "has", "had" or a speech verb right after token i on the same line. */
    private boolean personVerbAfter(TextView v, Tokens t, int i) {
        int q = i + 1;
        return q < t.count() && t.is(q, Tokens.ALL_LOWER) && sameLineNear(v, t.end(i), t.start(q))
                && (t.equalsIgnoreCase(q, "is") || t.equalsIgnoreCase(q, "was") || t.equalsIgnoreCase(q, "has")
                || t.equalsIgnoreCase(q, "had") || strongCuesAfter.contains(v.text(), t.start(q), t.end(q)));
    }

    /** "Name ' s": the possessive of text that was tokenized and joined with spaces. */
    private static boolean spacedPossessive(TextView v, Tokens t, int j) {
        int e = t.end(j);
        return v.at(e) == ' ' && (v.at(e + 1) == '\'' || v.at(e + 1) == '\u2019') && v.at(e + 2) == ' '
                && (v.at(e + 3) == 's' || v.at(e + 3) == 'S') && !TextView.isWordChar(v.at(e + 4));
    }

    private static boolean possessive(TextView v, Tokens t, int i) {
        int e = t.end(i);
        return t.is(i, Tokens.HAS_APOSTROPHE) && e - t.start(i) > 3 && (v.charAt(e - 1) == 's' || v.charAt(e - 1) == 'S')
                && (v.charAt(e - 2) == '\'' || v.charAt(e - 2) == '\u2019');
    }

    /** Tokens inside e-mail addresses, URLs, handles, hashtags or file names are not names. */
    private static boolean embedded(TextView v, Tokens t, int i) {
        char b = t.charBefore(i);
        char a = t.charAfter(i);
        if (b == '@' || b == '#' || b == '/' || b == '_' || b == '\\' || b == '=' || b == '&') {
            return true;
        }
        if (b == '.' && TextView.isWordChar(v.at(t.start(i) - 2))) {
            return true;
        }
        if (a == '@' || a == '_' || a == '/' || a == '=') {
            return true;
        }
        return a == '.' && TextView.isWordChar(v.at(t.end(i) + 1));
    }
}
