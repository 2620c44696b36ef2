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
 * "Street") lowers it. Lowercase names (common in social text) are accepted only when they are frequent,
 * unambiguous given names.
 */
public final class PersonDetector implements Detector {

    private static final int FIRST = 1;
    private static final int SURNAME = 2;
    private static final int WORDY = 3;
    private static final int UNKNOWN = 4;
    private static final int INITIAL = 5;
    private static final int STOP = 0;

    /** Rare SSA entries include many words and typos; below this many births a word is not trusted as a name. */
    private static final int MIN_FIRST_COUNT = 30;
    /** Lowercase tokens are only names when they are this frequent: "emma" yes, "hunter" no. */
    private static final int MIN_LOWERCASE_FIRST_COUNT = 3_000;

    private static final String[] HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
        "madam", "dame", "rev", "reverend", "lord", "lady", "mister", "mrs", "doctor", "judge", "sen", "senator",
        "rep", "gov", "president", "uncle", "aunt", "auntie", "coach", "capt", "captain", "officer", "pastor", "father"};
    private static final String[] CUES_BEFORE = {"is", "named", "called", "call", "im", "i'm", "am", "dear", "hi",
        "hello", "hey", "thanks", "thank", "regards", "cheers", "love", "xoxo", "sincerely", "by", "with", "said",
        "says", "asked", "told", "met", "meet", "wife", "husband", "son", "daughter", "brother",
        "sister", "friend", "boss", "manager", "cousin", "mom", "dad", "partner", "name", "cc",
        "attn", "contact", "sorry", "congrats", "congratulations", "miss", "kid", "child", "boyfriend",
        "girlfriend", "fiance", "fiancee", "grandfather", "grandmother", "colleague", "guardian", "starring",
        "directed", "featuring", "feat", "ft", "vs", "ceo", "founder", "speaker", "producer", "singer", "author",
        "writer", "actor", "actress", "player", "commenter", "dm", "ping", "via", "heard", "under", "add", "assistant"};
    private static final String[] CUES_AFTER = {"said", "says", "wrote", "writes", "asked", "told", "replied",
        "explained", "lives", "is", "was", "has", "had", "and", "will", "thinks", "shouted", "spent", "began",
        "from", "of", "who", "went", "flew", "loves", "likes", "posted", "tweeted", "shared"};
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
    private final TokenDictionary notPersonAfter;

    public PersonDetector(Gazetteers gazetteers) {
        this.g = gazetteers;
        this.honorifics = dict(HONORIFICS);
        this.cuesBefore = dict(CUES_BEFORE);
        this.cuesAfter = dict(CUES_AFTER);
        this.notPersonAfter = dict(NOT_PERSON_AFTER);
    }

    private static TokenDictionary dict(String[] words) {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : words) {
            m.put(w, 1);
        }
        return TokenDictionary.of(m);
    }

    @Override
    public EntityType type() {
        return EntityType.PERSON;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        Tokens t = v.tokens();
        int n = t.count();
        int i = 0;
        double[] runs = new double[0];
        int runCount = 0;
        while (i < n) {
            if (!t.is(i, Tokens.HAS_LETTER) || t.is(i, Tokens.HAS_DIGIT) || embedded(v, t, i)) {
                i++;
                continue;
            }
            boolean lower = t.is(i, Tokens.ALL_LOWER);
            int cls = classify(v, t, i, lower);
            if (cls == STOP || (lower && cls != FIRST)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && j - i < 3 && (t.spaceBetween(j, 2) || initialDot(v, t, j)) && !embedded(v, t, j + 1)
                    && t.is(j + 1, Tokens.HAS_LETTER) && !t.is(j + 1, Tokens.HAS_DIGIT)
                    && t.is(j + 1, Tokens.ALL_LOWER) == lower && !possessive(v, t, j)) {
                int c = classify(v, t, j + 1, lower);
                if (c == STOP && lower && j == i && isLowerSurnameShape(v, t, j + 1)) {
                    c = UNKNOWN; // "patricia desrosiers": an unknown lowercase word after a first name
                }
                if (c == STOP || (lower && c == WORDY)) {
                    break;
                }
                j++;
            }
            // a trailing initial is not part of a name ("Jane S" is fine, but "A" at the end of "Thanks A")
            while (j > i && classify(v, t, j, lower) == INITIAL && v.at(t.end(j)) != '.') {
                j--;
            }
            double score = score(v, t, i, j, lower);
            if (score > 0) {
                int end = possessive(v, t, j) ? t.end(j) - 2 : t.end(j);
                if (classify(v, t, j, lower) == INITIAL && v.at(end) == '.') {
                    end++;
                }
                runs = push(runs, runCount++, t.start(i), end, score, lower);
            }
            i = j + 1;
        }
        coordinate(v, runs, runCount);
        for (int r = 0; r < runCount; r++) {
            out.add((int) runs[r * 4], (int) runs[r * 4 + 1], EntityType.PERSON, runs[r * 4 + 2]);
        }
    }

    /**
     * Names are listed together: in "Kónya, Becker and Vasquez" one confident name vouches for its
     * neighbours joined by ", ", " and ", " & ". Weak runs next to a strong one are raised.
     */
    private static void coordinate(TextView v, double[] runs, int count) {
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < count; r++) {
                double s = runs[r * 4 + 2];
                if (s >= 0.5 || runs[r * 4 + 3] != 0) {
                    continue;
                }
                boolean near = (r > 0 && runs[(r - 1) * 4 + 2] >= 0.6 && joined(v, (int) runs[(r - 1) * 4 + 1], (int) runs[r * 4]))
                        || (r + 1 < count && runs[(r + 1) * 4 + 2] >= 0.6 && joined(v, (int) runs[r * 4 + 1], (int) runs[(r + 1) * 4]));
                if (near) {
                    runs[r * 4 + 2] = Math.min(1.0, s + 0.35);
                }
            }
        }
    }

    private static boolean joined(TextView v, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 6) {
            return false;
        }
        CharSequence gap = v.text().subSequence(from, to);
        String g = gap.toString();
        return g.equals(", ") || g.equals(" and ") || g.equals(", and ") || g.equals(" & ") || g.equals(" or ");
    }

    private static double[] push(double[] runs, int index, int start, int end, double score, boolean lower) {
        double[] a = runs;
        if ((index + 1) * 4 > a.length) {
            a = java.util.Arrays.copyOf(a, Math.max(32, a.length * 2));
        }
        a[index * 4] = start;
        a[index * 4 + 1] = end;
        a[index * 4 + 2] = score;
        a[index * 4 + 3] = lower ? 1 : 0;
        return a;
    }

    private double score(TextView v, Tokens t, int i, int j, boolean lower) {
        int k = j - i + 1;
        int first = classify(v, t, i, lower);
        int last = classify(v, t, j, lower);
        boolean sentenceStart = t.startsSentence(i);
        double s;
        if (lower) {
            if (k == 1) {
                s = firstCount(v, t, i) >= MIN_LOWERCASE_FIRST_COUNT ? 0.5 : 0.0;
            } else {
                s = 0.6;
            }
        } else if (k >= 2) {
            if (first == FIRST) {
                s = 0.85;
            } else if (first == WORDY) {
                s = last == SURNAME || last == FIRST ? 0.7 : 0.35;
            } else if (first == UNKNOWN || first == INITIAL) {
                s = last == SURNAME || last == FIRST ? 0.65 : 0.5;
            } else {
                s = 0.6; // surname first: "Smith, John" is split by the comma, so this is e.g. "Lee Ann"
            }
            if (sentenceStart && first == UNKNOWN && s < 0.6) {
                s -= 0.05;
            }
        } else {
            s = switch (first) {
                case FIRST -> sentenceStart ? 0.45 : 0.6;
                case SURNAME -> 0.35;
                case INITIAL -> 0.0;
                default -> 0.2;
            };
        }
        if (s <= 0.0) {
            return 0.0;
        }
        s += contextBoost(v, t, i, j);
        return Math.max(0.0, Math.min(1.0, s));
    }

    private double contextBoost(TextView v, Tokens t, int i, int j) {
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
            } else if (cuesAfter.contains(v.text(), t.start(q), t.end(q)) && t.is(q, Tokens.ALL_LOWER)) {
                boost += 0.15;
            }
        }
        if (possessive(v, t, j)) {
            boost += 0.1;
        }
        if (signOff(v, t.start(i))) {
            boost += 0.3;
        }
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

    private int classify(TextView v, Tokens t, int i, boolean lower) {
        int start = t.start(i);
        int end = possessive(v, t, i) ? t.end(i) - 2 : t.end(i);
        CharSequence s = v.text();
        if (!lower) {
            if (end - start == 1 && t.is(i, Tokens.ALL_UPPER)) {
                return INITIAL;
            }
            if (!t.is(i, Tokens.CAPITALIZED)) {
                return STOP;
            }
        }
        int common = g.commonWords().get(s, start, end);
        if (common == Gazetteers.FUNCTION_WORD || honorifics.contains(s, start, end)) {
            return STOP;
        }
        int fn = g.firstNames().get(s, start, end);
        boolean isFirst = fn >= MIN_FIRST_COUNT;
        boolean isSurname = g.surnames().contains(s, start, end);
        if (common != TokenDictionary.ABSENT) {
            return isFirst || isSurname ? WORDY : STOP;
        }
        if (isFirst) {
            return FIRST;
        }
        if (isSurname) {
            return SURNAME;
        }
        return lower ? STOP : UNKNOWN;
    }

    private boolean isLowerSurnameShape(TextView v, Tokens t, int i) {
        return t.is(i, Tokens.ALL_LOWER) && t.length(i) >= 3 && !g.commonWords().contains(v.text(), t.start(i), t.end(i))
                && !t.is(i, Tokens.HAS_DIGIT);
    }

    private int firstCount(TextView v, Tokens t, int i) {
        return g.firstNames().get(v.text(), t.start(i), t.end(i));
    }

    /** "D. Smith": an initial, its dot and one space. */
    private static boolean initialDot(TextView v, Tokens t, int j) {
        return t.length(j) == 1 && v.at(t.end(j)) == '.' && v.at(t.end(j) + 1) == ' ' && j + 1 < t.count()
                && t.start(j + 1) == t.end(j) + 2;
    }

    private static boolean possessive(TextView v, Tokens t, int i) {
        int e = t.end(i);
        return e - t.start(i) > 3 && (v.charAt(e - 1) == 's' || v.charAt(e - 1) == 'S')
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
