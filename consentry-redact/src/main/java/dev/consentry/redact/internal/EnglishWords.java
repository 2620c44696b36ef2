package dev.consentry.redact.internal;

import dev.consentry.redact.internal.text.TokenDictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordinary lowercase English words (SCOWL size 50 via Debian's wamerican, see the gazetteer NOTICE.md).
 * A capitalized token that is also an ordinary word ("Mystery", "Answer", "Songs") needs more evidence
 * to be a name or a street name than one that is not ("Kowalczyk", "Koskikatu").
 *
 * <p>The list is the same for every engine and never changes, so it is read once per class loader
 * (initialization-on-demand holder) instead of once per engine: both the name and the address detector
 * use it, and the address detector has no constructor argument to receive it through.
 */
public final class EnglishWords {

    private EnglishWords() {}

    /** The words, lowercase, in file order. Immutable. */
    public static List<String> list() {
        return Holder.WORDS;
    }

    /** The words as a case-insensitive dictionary (value 1). Immutable. */
    public static TokenDictionary dictionary() {
        return Holder.DICTIONARY;
    }

    private static final class Holder {
        static final List<String> WORDS = List.copyOf(BundledResources.lines("english-words-scowl.txt").stream()
                .map(String::strip).toList());
        static final TokenDictionary DICTIONARY = build();

        private static TokenDictionary build() {
            Map<String, Integer> m = new HashMap<>(WORDS.size() * 2);
            for (String w : WORDS) {
                m.put(w, 1);
            }
            return TokenDictionary.of(m);
        }
    }
}
