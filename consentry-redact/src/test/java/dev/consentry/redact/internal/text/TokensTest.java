package dev.consentry.redact.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The tokenizer's ASCII fast path against the original code-point-only tokenizer (kept here as the reference). */
class TokensTest {

    private static final String ALPHABET = "aZ09 .,-'\u2019@#\n\u00e9\u00c9\u0301\u4e2d\u0660\ud835\udc00\u01c5xY_";

    @Test
    void scan_agreesWithReference_onRandomText() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            Tokens fast = Tokens.of(text);
            Reference slow = new Reference(text);
            slow.scan();
            assertThat(fast.count()).as(text).isEqualTo(slow.starts.size());
            for (int i = 0; i < fast.count(); i++) {
                assertThat(new int[] {fast.start(i), fast.end(i), fast.flags(i)}).as(text)
                        .containsExactly(slow.starts.get(i), slow.ends.get(i), slow.flags.get(i));
            }
        }
    }

    @Test
    void indexAtOrAfter_fromAHint_equalsTheBinarySearch() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(random.nextBoolean() ? "word" : "7").append(random.nextBoolean() ? " " : ", ");
            }
            Tokens t = Tokens.of(b);
            for (int start = 0; start <= b.length(); start++) {
                int first = t.indexAtOrAfter(start);
                int end = start + random.nextInt(b.length() - start + 1);
                assertThat(t.indexAtOrAfter(end, first)).as("%s [%d, %d)", b, start, end).isEqualTo(t.indexAtOrAfter(end));
            }
        }
    }

    @Test
    void tokenHashes_letDictionaryLookupsAgreeWithStringLookups_withReusedBuffers() {
        SplittableRandom random = new SplittableRandom(13);
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        String[] vocabulary = {"jane", "o'brien", "o\u2019brien", "jean-luc", "\u00e9mile", "zo\u00eb", "mr", "a1", "x"};
        for (int k = 0; k < vocabulary.length; k++) {
            words.put(vocabulary[k], k);
        }
        TokenDictionary dictionary = TokenDictionary.of(words);
        String[] pieces = {"Jane", "JANE", "O'Brien", "O\u2019BRIEN", "Jean-Luc", "\u00c9mile", "Zo\u00cb", "Mr", "A1", "x",
            " ", ", ", "-", "'", "\ud835\udc00", "\u0301", "q"};
        char[] reusedChars = new char[1_024];
        int[] reusedStarts = new int[1_024];
        Tokens previous = null;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            // reused, never cleared buffers, as the per-thread scratch does: stale entries must not matter
            char[] buffer = CharArrayText.copy(text, reusedChars);
            CharArrayText chars = new CharArrayText(buffer, text.length());
            Tokens tokens = Tokens.of(chars, previous);
            previous = tokens;
            chars.attach(tokens, reusedStarts);
            for (int i = 0; i < tokens.count(); i++) {
                int s = tokens.start(i);
                int e = tokens.end(i);
                assertThat(dictionary.get(chars, s, e)).as(text).isEqualTo(dictionary.get(text, s, e));
                if (e - s > 1) {
                    assertThat(dictionary.get(chars, s, e - 1)).as(text).isEqualTo(dictionary.get(text, s, e - 1));
                }
            }
        }
    }

    /** The tokenizer as it was before the ASCII fast path. */
    private static final class Reference {
        private static final int CAPITALIZED = Tokens.CAPITALIZED;
        private static final int ALL_UPPER = Tokens.ALL_UPPER;
        private static final int ALL_LOWER = Tokens.ALL_LOWER;
        private static final int HAS_DIGIT = Tokens.HAS_DIGIT;
        private static final int HAS_LETTER = Tokens.HAS_LETTER;
        private final CharSequence text;
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();
        final List<Integer> flags = new ArrayList<>();

        Reference(CharSequence text) {
            this.text = text;
        }

        private void add(int start, int end, int f) {
            starts.add(start);
            ends.add(end);
            flags.add(f);
        }

        void scan() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (!isWordChar(text, i)) {
                    i++;
                    continue;
                }
                int start = i;
                int f = 0;
                boolean first = true;
                boolean upperFirst = false;
                boolean anyLower = false;
                boolean anyUpperAfterFirst = false;
                while (i < n) {
                    c = text.charAt(i);
                    if (isWordChar(text, i)) {
                        int cp = Character.codePointAt(text, i);
                        if (cp >= 128) {
                            f |= Tokens.HAS_OTHER;
                        }
                        if (Character.isDigit(cp)) {
                            f |= HAS_DIGIT;
                        } else {
                            f |= HAS_LETTER;
                            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                                if (first) {
                                    upperFirst = true;
                                } else {
                                    anyUpperAfterFirst = true;
                                }
                            } else if (Character.isLowerCase(cp)) {
                                anyLower = true;
                            }
                        }
                        first = false;
                        i += Character.charCount(cp);
                    } else if ((c == '\'' || c == '\u2019' || c == '-') && i + 1 < n && i > start
                            && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                        f |= c == '-' ? Tokens.HAS_OTHER : Tokens.HAS_APOSTROPHE | Tokens.HAS_OTHER;
                        i++;
                    } else {
                        break;
                    }
                }
                if ((f & HAS_LETTER) != 0) {
                    if (upperFirst && anyLower) {
                        f |= CAPITALIZED;
                    } else if (upperFirst && !anyLower) {
                        f |= ALL_UPPER;
                    } else if (!upperFirst && !anyUpperAfterFirst) {
                        f |= ALL_LOWER;
                    }
                }
                add(start, i, f);
            }
        }

        private static boolean isWordChar(CharSequence s, int i) {
            char c = s.charAt(i);
            if (c < 128) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            }
            if (Character.isHighSurrogate(c)) {
                return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                        && Character.isLetterOrDigit(Character.toCodePoint(c, s.charAt(i + 1)));
            }
            return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }
    }
}
