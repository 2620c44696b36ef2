package dev.consentry.consent;

import java.util.Locale;

/**
 * The known name a mistyped one most likely meant, so that a message can say "did you mean
 * 'birthDate'?" instead of only listing every name. A name that differs only in case wins; else the
 * nearest by edit distance (insertions, deletions, substitutions and swaps of neighbours), if it is
 * near enough to be a typo: one edit for names of up to four characters, two for longer ones.
 */
public final class SpellingSuggestion {
    private SpellingSuggestion() {}

    /** The closest of {@code known} to {@code given}, or null when none is close. */
    public static String closest(String given, Iterable<String> known) {
        String lower = given.toLowerCase(Locale.ROOT);
        int limit = given.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String candidateLower = candidate.toLowerCase(Locale.ROOT);
            if (candidateLower.equals(lower)) {
                return candidate;
            }
            if (Math.abs(candidate.length() - given.length()) > limit) {
                continue;
            }
            int distance = distance(lower, candidateLower);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: Levenshtein plus a swap of two neighbouring characters as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
