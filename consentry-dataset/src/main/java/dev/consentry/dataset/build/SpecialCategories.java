package dev.consentry.dataset.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.consentry.dataset.io.InputException;

/**
 * Finds content about special categories of personal data (GDPR Art. 9: health, religion,
 * political opinion, trade-union membership, sexual orientation, ethnic origin) by whole-word term
 * lists, so that a policy version that asks for it can keep such content out of a dataset.
 *
 * <p>A term list errs on the side of excluding: a post that mentions "church" is dropped even when
 * it is about architecture. That is the fail-closed choice for data whose processing is prohibited
 * by default. Terms of several words match the words in a row; matching ignores case.
 */
public final class SpecialCategories {
    public static final Set<String> CATEGORIES = Set.of("health", "religion", "political-opinion", "trade-union", "sexual-orientation", "ethnic-origin");
    private static final String DEFAULT = "special-categories.txt";

    /** First word of a term → the terms starting with it, each as its words and its category. */
    private final Map<String, List<Term>> byFirstWord;
    /**
     * A bit per hash of the ASCII first words: most texts contain none of them, and {@link #find} learns
     * that from one pass over the chars, without building a String per word.
     */
    private final long[] firstWordFilter = new long[FILTER_BITS / 64];
    private static final int FILTER_BITS = 1 << 16;

    private record Term(String[] words, String category) {}

    private SpecialCategories(Map<String, List<Term>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        for (String first : byFirstWord.keySet()) {
            if (isAscii(first)) {
                int h = asciiLowerHash(first, 0, first.length());
                firstWordFilter[(h & (FILTER_BITS - 1)) >>> 6] |= 1L << h;
            }
        }
    }

    public static SpecialCategories defaults() {
        try (InputStream in = SpecialCategories.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT + " is missing from the classpath");
            }
            return parse("built-in " + DEFAULT, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses "category&lt;TAB&gt;term" lines; '#' starts a comment; a byte order mark may open the text.
     * Every bad line is reported, and a list with no terms is refused: it would turn the filter a
     * policy asks for off without a word.
     */
    public static SpecialCategories parse(String source, String text) {
        Map<String, List<Term>> byFirstWord = new HashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                problems.add(source + ":" + (i + 1) + ": expected 'category<TAB>term'");
                continue;
            }
            if (!CATEGORIES.contains(parts[0].strip())) {
                problems.add(source + ":" + (i + 1) + ": unknown category '" + parts[0].strip() + "'; one of " + CATEGORIES);
                continue;
            }
            String[] words = words(parts[1]).toArray(String[]::new);
            if (words.length == 0) {
                problems.add(source + ":" + (i + 1) + ": the term has no words");
                continue;
            }
            byFirstWord.computeIfAbsent(words[0], ignored -> new ArrayList<>()).add(new Term(words, parts[0].strip()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (byFirstWord.isEmpty()) {
            throw new InputException(source + ": the list has no terms; a special-category filter with no terms would filter nothing");
        }
        return new SpecialCategories(byFirstWord);
    }

    /** The category of the first term found in {@code text}, or empty. */
    public Optional<String> find(String text) {
        return mayContainTerm(text) ? findInWords(text) : Optional.empty();
    }

    /**
     * False only when no word of {@code text} can start a term: every word is ASCII (so lower-casing it
     * is char by char) and its hash misses the filter. A non-ASCII word always says "maybe".
     */
    private boolean mayContainTerm(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                ascii &= text.charAt(i) < 128;
                i++;
            }
            if (!ascii) {
                return true;
            }
            int h = asciiLowerHash(text, start, i);
            if ((firstWordFilter[(h & (FILTER_BITS - 1)) >>> 6] & (1L << h)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static int asciiLowerHash(CharSequence s, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h ^ (h >>> 16);
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@link #find} without the filter: every word built and looked up (the reference the tests compare with). */
    Optional<String> findInWords(String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            List<Term> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                if (matchesAt(words, i, term.words())) {
                    return Optional.of(term.category());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(List<String> words, int start, String[] term) {
        if (start + term.length > words.size()) {
            return false;
        }
        for (int k = 1; k < term.length; k++) {
            if (!words.get(start + k).equals(term[k])) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased runs of letters and digits; everything else separates words. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
