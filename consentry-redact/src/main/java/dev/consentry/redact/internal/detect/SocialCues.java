package dev.consentry.redact.internal.detect;

import dev.consentry.redact.internal.text.Tokens;

/**
 * Conventions of social-media text that mark a person where the name alone is too weak: the name is in
 * no list, or it is also a word ("Summer", "Bill"). Each rule reads at most a few neighbouring tokens
 * and chars, and each is gated on a cheap first check (a punctuation char, a token length), so the cost
 * per run is a handful of char comparisons.
 *
 * <ul>
 *   <li><b>Coordination with a pronoun:</b> "Abbey and I", "me and Jo", "you and Des": only people are
 *       coordinated with "I", "me" or "you".</li>
 *   <li><b>Vocative at line start:</b> "Loey, do you ...", "Skhumba my brother": a name that opens a
 *       line and is followed by a comma and a second-person pronoun, or (when it is no English word, so
 *       not "Will my ...", "May I ...") directly by "I", "you", "my", "your".</li>
 *   <li><b>Vocative at the end:</b> "Where are my keys, Summer?": after a comma, before '?' or '!'.</li>
 *   <li><b>Greetings and praise:</b> "happy new year X", "shoutout to X", "hats off to X",
 *       "proud of X", "props to X", "r.i.p X".</li>
 * </ul>
 */
final class SocialCues {

    private SocialCues() {}

    static double boost(TextView v, Tokens t, int i, int j, boolean wordy) {
        double b = 0.0;
        int p = i - 1;
        int q = j + 1;
        int n = t.count();
        // "X and I"
        if (q + 1 < n && t.length(q) == 3 && t.equalsIgnoreCase(q, "and") && t.spaceBetween(j, 2) && t.spaceBetween(q, 2)
                && t.length(q + 1) == 1 && v.charAt(t.start(q + 1)) == 'I') {
            b += 0.3;
        }
        if (p >= 1 && t.length(p) == 3 && t.equalsIgnoreCase(p, "and") && t.spaceBetween(p, 2) && t.spaceBetween(p - 1, 2)) {
            if (t.equalsIgnoreCase(p - 1, "me") || t.equalsIgnoreCase(p - 1, "you")) {
                b += 0.3; // "me and X", "you and X"
            }
        }
        if (p >= 1 && t.spaceBetween(p, 2) && t.spaceBetween(p - 1, 2) && praise(t, p)) {
            b += 0.3;
        }
        if (p >= 2 && t.length(p) == 1 && t.equalsIgnoreCase(p, "p") && t.equalsIgnoreCase(p - 1, "i")
                && t.equalsIgnoreCase(p - 2, "r") && nextChar(v, t.end(p - 2)) == '.' && nextChar(v, t.end(p - 1)) == '.') {
            b += 0.3; // "r.i.p X", "R . I . P X"
        }
        char before = prevChar(v, t.start(i));
        if (before == 0 || before == '\n') {
            b += lineStartVocative(v, t, j, wordy) ? 0.3 : 0.0;
        } else if (before == ',') {
            char after = nextChar(v, t.end(j));
            if (after == '?' || after == '!') {
                b += 0.3;
            }
        }
        return b;
    }

    private static boolean praise(Tokens t, int p) {
        if (t.equalsIgnoreCase(p, "to")) {
            return t.equalsIgnoreCase(p - 1, "shoutout") || t.equalsIgnoreCase(p - 1, "off") || t.equalsIgnoreCase(p - 1, "props")
                    || t.equalsIgnoreCase(p - 1, "kudos") || t.equalsIgnoreCase(p - 1, "salute");
        }
        if (t.equalsIgnoreCase(p, "of")) {
            return t.equalsIgnoreCase(p - 1, "proud");
        }
        return t.equalsIgnoreCase(p, "year") && t.equalsIgnoreCase(p - 1, "new");
    }

    private static boolean lineStartVocative(TextView v, Tokens t, int j, boolean wordy) {
        int q = j + 1;
        if (q >= t.count()) {
            return false;
        }
        int e = t.end(j);
        while (e < v.length() && v.charAt(e) == ' ') {
            e++;
        }
        if (v.at(e) == ',') {
            int last = Math.min(t.count() - 1, q + 3);
            for (int k = q; k <= last; k++) {
                if (t.start(k) > lineEnd(v, e)) {
                    return false;
                }
                if (secondPerson(t, k)) {
                    return true;
                }
            }
            return false;
        }
        // without a comma, a word could open a question or a wish ("Will my ...", "May I ...", "Hope you ..."),
        // so only a name that is no English word counts: "Skhumba my brother", "Loey you ..."
        return !wordy && e == t.start(q) && (t.equalsIgnoreCase(q, "you") || t.equalsIgnoreCase(q, "your")
                || t.equalsIgnoreCase(q, "my") || t.length(q) == 1 && v.charAt(t.start(q)) == 'I');
    }

    private static int lineEnd(TextView v, int from) {
        int k = from;
        while (k < v.length() && v.charAt(k) != '\n') {
            k++;
        }
        return k;
    }

    private static boolean secondPerson(Tokens t, int k) {
        int len = t.length(k);
        return len <= 4 && (t.equalsIgnoreCase(k, "you") || t.equalsIgnoreCase(k, "your") || t.equalsIgnoreCase(k, "u")
                || t.equalsIgnoreCase(k, "ur"));
    }

    /** The first non-space char before {@code pos}, 0 at the text start. */
    private static char prevChar(TextView v, int pos) {
        int k = pos - 1;
        while (k >= 0 && (v.charAt(k) == ' ' || v.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 ? 0 : v.charAt(k);
    }

    /** The first non-space char at or after {@code pos}, 0 at the text end. */
    private static char nextChar(TextView v, int pos) {
        int k = pos;
        while (k < v.length() && (v.charAt(k) == ' ' || v.charAt(k) == '\t')) {
            k++;
        }
        return k < v.length() ? v.charAt(k) : 0;
    }
}
