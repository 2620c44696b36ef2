package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.KnownIdentities;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.text.TokenTrie;
import dev.consentry.redact.internal.text.Tokens;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's own members, matched exactly (whole words, any capitalization): display names through a
 * {@link TokenTrie} as PERSON, handles through a dictionary as SOCIAL_HANDLE — with the '@', or bare
 * when the handle contains a digit, '_' or '.', so that a member called "@rose" does not turn every
 * flower into a handle.
 */
public final class KnownIdentityDetector implements Detector {

    static final double SCORE = 0.95;

    private final TokenTrie names;
    private final TokenDictionary handles;

    public KnownIdentityDetector(KnownIdentities identities) {
        TokenTrie.Builder b = TokenTrie.builder();
        Map<String, Integer> h = new HashMap<>();
        for (KnownIdentities.Identity id : identities.identities()) {
            if (!id.name().isBlank()) {
                b.add(id.name(), 0);
            }
            for (String handle : id.handles()) {
                String bare = handle.strip();
                while (bare.startsWith("@")) {
                    bare = bare.substring(1);
                }
                if (!bare.isEmpty()) {
                    h.put(bare.toLowerCase(Locale.ROOT), 1);
                }
            }
        }
        this.names = b.build();
        this.handles = TokenDictionary.of(h);
    }

    public boolean isEmpty() {
        return names.isEmpty() && handles.size() == 0;
    }

    @Override
    public EntityType type() {
        return EntityType.PERSON;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        if (!names.isEmpty()) {
            Tokens t = v.tokens();
            for (int i = 0; i < t.count(); i++) {
                char before = t.charBefore(i);
                if (before == '@' || before == '_' || before == '.' && TextView.isWordChar(v.at(t.start(i) - 2))) {
                    continue;
                }
                long m = names.longestMatch(t, i);
                if (m >= 0) {
                    int last = (int) (m >>> 32);
                    char after = t.charAfter(last);
                    if (after != '@' && after != '_') {
                        out.add(t.start(i), t.end(last), EntityType.PERSON, SCORE);
                        i = last;
                    }
                }
            }
        }
        if (handles.size() > 0) {
            findHandles(v, out);
        }
    }

    private void findHandles(TextView v, Candidates out) {
        int n = v.length();
        int i = 0;
        while (i < n) {
            char c = v.charAt(i);
            boolean at = c == '@';
            if (!at && !SocialHandleDetector.isHandleChar(c)) {
                i++;
                continue;
            }
            int start = i;
            int from = at ? i + 1 : i;
            int e = from;
            while (e < n && SocialHandleDetector.isHandleChar(v.charAt(e))) {
                e++;
            }
            while (e > from && v.charAt(e - 1) == '.') {
                e--;
            }
            char before = v.at(start - 1);
            boolean boundary = !SocialHandleDetector.isHandleChar(before) && before != '@' && (at || !EmailDetector.isLocalChar(before));
            boolean afterOk = e >= n || (v.charAt(e) != '@' && !SocialHandleDetector.isHandleChar(v.charAt(e)));
            // the dictionary probe last: in a table of every member's handles it is a cache miss, and the
            // tests before it (all pure) reject almost every plain word
            if (boundary && afterOk && e > from && (at || hasSymbolOrDigit(v, from, e)) && handles.contains(v.text(), from, e)) {
                out.add(start, e, EntityType.SOCIAL_HANDLE, SCORE);
            }
            i = Math.max(e, i + 1);
        }
    }

    private static boolean hasSymbolOrDigit(TextView v, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (!TextView.isAsciiLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
