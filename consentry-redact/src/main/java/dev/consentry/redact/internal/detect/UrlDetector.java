package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import java.util.Locale;

/**
 * URLs with a scheme (http, https, ftp) or starting with "www.", plus scheme-less profile links on the
 * big social sites. A profile URL (linkedin.com/in/jane, x.com/jane, github.com/jane, ...) is reported
 * as {@link EntityType#SOCIAL_HANDLE}, because it names one person's account; any other URL as
 * {@link EntityType#URL}. Bare domains ("example.com") are not reported: too many are brands.
 */
public final class UrlDetector implements Detector {

    static final double URL_SCORE = 0.85;
    static final double PROFILE_SCORE = 0.9;

    private static final String[] SOCIAL_HOSTS = {
        "linkedin.com", "twitter.com", "x.com", "instagram.com", "github.com", "facebook.com", "fb.com",
        "tiktok.com", "youtube.com", "threads.net", "medium.com", "reddit.com", "pinterest.com", "gitlab.com"
    };

    private static final String[] RESERVED_PATHS = {
        "home", "search", "hashtag", "i", "intent", "share", "explore", "login", "signup", "about", "help",
        "settings", "watch", "jobs", "company", "school", "feed", "groups", "events", "pages", "policies",
        "privacy", "terms", "p", "reel", "reels", "stories", "topics", "features", "marketplace", "orgs",
        "sponsors", "trending", "r", "notifications", "messages", "status", "results", "tos", "legal"
    };

    private final boolean urls;
    private final boolean profiles;

    /** One scanner serves both types; each flag says whether that type is enabled. */
    public UrlDetector(boolean urls, boolean profiles) {
        this.urls = urls;
        this.profiles = profiles;
    }

    @Override
    public EntityType type() {
        return EntityType.URL;
    }

    @Override
    public void detect(TextView v, Candidates out) {
        int next = 0; // chars before this are done
        int[] starts = v.wordStartsAndColons();
        int[] dots = v.dots();
        int dotCount = v.dotCount();
        int[] colons = v.colons();
        int colonCount = v.colonCount();
        int d = 0; // first dot after the current word start
        int q = 0; // first colon at or after the current word start
        for (int k = 0, count = v.wordStartCount(); k < count; k++) { // every other position fails all three triggers below
            int i = starts[k];
            while (d < dotCount && dots[d] <= i) {
                d++;
            }
            while (q < colonCount && colons[q] < i) {
                q++;
            }
            if (i < next) {
                continue;
            }
            if ((d == dotCount || dots[d] - i > DOT_WINDOW) && (q == colonCount || colons[q] != i)) {
                continue; // a word that is not a ':' needs a dot soon: "www." or a social host's ".com/"
            }
            char c = v.charAt(i);
            int start = -1;
            int hostStart = -1;
            if (c == ':' && v.at(i + 1) == '/' && v.at(i + 2) == '/') {
                int s = i;
                while (s > 0 && i - s < 6 && TextView.isAsciiLetter(v.charAt(s - 1))) {
                    s--;
                }
                if (isScheme(v, s, i) && !TextView.isWordChar(v.at(s - 1))) {
                    start = s;
                    hostStart = i + 3;
                }
            } else if ((c == 'w' || c == 'W') && v.regionMatchesIgnoreCase(i, "www.") && isBoundary(v.at(i - 1))) {
                start = i;
                hostStart = i;
            } else if (TextView.isAsciiLetter(c) && hostDotSoon(v, dots, d, dotCount, i) && isBoundary(v.at(i - 1))
                    && dotAfterWord(v, i) && socialHostAt(v, i) != null) {
                start = i;
                hostStart = i;
            }
            if (start < 0) {
                continue;
            }
            int end = urlEnd(v, hostStart);
            int hostEnd = hostStart;
            while (hostEnd < end && v.charAt(hostEnd) != '/' && v.charAt(hostEnd) != '?' && v.charAt(hostEnd) != '#') {
                hostEnd++;
            }
            if (!validHost(v, hostStart, hostEnd)) {
                next = Math.max(i + 1, hostStart);
                continue;
            }
            boolean profile = isProfile(v, hostStart, hostEnd, end);
            boolean bareSocial = start == hostStart && !v.regionMatchesIgnoreCase(start, "www.");
            if (profile && profiles) {
                out.add(start, end, EntityType.SOCIAL_HANDLE, PROFILE_SCORE);
            } else if (urls && !bareSocial) {
                out.add(start, end, EntityType.URL, URL_SCORE);
            }
            next = Math.max(end, i + 1);
        }
    }

    private static boolean isBoundary(char c) {
        return !TextView.isWordChar(c) && c != '.' && c != '/' && c != '@' && c != '-';
    }

    private static boolean isScheme(TextView v, int s, int colon) {
        int len = colon - s;
        return (len == 4 && v.regionMatchesIgnoreCase(s, "http")) || (len == 5 && v.regionMatchesIgnoreCase(s, "https"))
                || (len == 3 && v.regionMatchesIgnoreCase(s, "ftp"));
    }

    /**
     * A filter for {@link #socialHostAt}: every social host is a name of at most {@value #MAX_HOST_NAME}
     * chars, then ".com/" or ".net/"; {@code dots[d]} is the first dot after {@code i}.
     */
    private static boolean hostDotSoon(TextView v, int[] dots, int d, int dotCount, int i) {
        for (int e = d; e < dotCount && dots[e] <= i + MAX_HOST_NAME; e++) {
            int p = dots[e];
            if (v.at(p + 4) == '/' && (v.regionMatchesIgnoreCase(p + 1, "com") || v.regionMatchesIgnoreCase(p + 1, "net"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every social host is "name.tld", the name at most {@value #MAX_HOST_NAME} letters and digits: they
     * must be followed by a dot, and the first must be one a host starts with. A filter only — it never
     * rejects a position where {@link #socialHostAt} matches — that spares most words the host compares.
     */
    private static boolean dotAfterWord(TextView v, int i) {
        char c = v.at(i);
        if (c >= 128 || !HOST_FIRST[c]) {
            return false;
        }
        int k = i;
        while (k - i <= MAX_HOST_NAME && TextView.isAsciiAlnum(v.at(k))) {
            k++;
        }
        return v.at(k) == '.';
    }

    private static final int MAX_HOST_NAME = maxHostName();
    /** How far after a word's start its first dot can be for either trigger that needs one to fire. */
    private static final int DOT_WINDOW = Math.max("www".length(), MAX_HOST_NAME);
    /** The first chars of the social hosts, both cases. */
    private static final boolean[] HOST_FIRST = hostFirstChars();

    private static int maxHostName() {
        int max = 0;
        for (String host : SOCIAL_HOSTS) {
            if (host.indexOf('.') != host.length() - 4 || !(host.endsWith(".com") || host.endsWith(".net"))) {
                throw new IllegalStateException("hostDotSoon expects name.com or name.net: " + host);
            }
            max = Math.max(max, host.indexOf('.'));
        }
        return max;
    }

    private static boolean[] hostFirstChars() {
        boolean[] first = new boolean[128];
        for (String host : SOCIAL_HOSTS) {
            char c = host.charAt(0);
            first[c] = true;
            first[Character.toUpperCase(c)] = true;
        }
        return first;
    }

    private static String socialHostAt(TextView v, int i) {
        for (String host : SOCIAL_HOSTS) {
            if (v.at(i + host.length()) == '/' && v.regionMatchesIgnoreCase(i, host)) {
                return host;
            }
        }
        return null;
    }

    /** URL end: up to whitespace or a delimiter, minus trailing punctuation and an unbalanced ')'. */
    static int urlEnd(TextView v, int from) {
        int n = v.length();
        int i = from;
        int parens = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`' || c == '{' || c == '}' || c == '|'
                    || c == '\\' || c == '^' || c == '\u00A0' || c == '\u201C' || c == '\u201D' || c == '\u2019') {
                break;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            }
            i++;
        }
        while (i > from) {
            char c = v.charAt(i - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']' || c == '*') {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean validHost(TextView v, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        int dots = 0;
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c == '.') {
                if (k == from || v.charAt(k - 1) == '.') {
                    return false;
                }
                dots++;
            } else if (!(TextView.isAsciiAlnum(c) || c == '-' || c == ':' || c == '@' || c == '[' || c == ']' || c >= 128)) {
                return false;
            }
        }
        return dots >= 1 || v.regionMatchesIgnoreCase(from, "localhost");
    }

    private static boolean isProfile(TextView v, int hostStart, int hostEnd, int end) {
        String host = v.text().subSequence(hostStart, hostEnd).toString().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        } else if (host.startsWith("m.") || host.startsWith("mobile.")) {
            host = host.substring(host.indexOf('.') + 1);
        }
        boolean social = false;
        for (String h : SOCIAL_HOSTS) {
            social |= host.equals(h);
        }
        if (!social || hostEnd >= end || v.charAt(hostEnd) != '/') {
            return false;
        }
        String path = v.text().subSequence(hostEnd + 1, end).toString().toLowerCase(Locale.ROOT);
        String[] seg = path.split("[/?#]", -1);
        if (seg.length == 0 || seg[0].isEmpty()) {
            return false;
        }
        if (host.equals("linkedin.com")) {
            return (seg[0].equals("in") || seg[0].equals("pub")) && seg.length > 1 && !seg[1].isEmpty();
        }
        if (host.equals("youtube.com")) {
            return seg[0].startsWith("@") || ((seg[0].equals("c") || seg[0].equals("user")) && seg.length > 1 && !seg[1].isEmpty());
        }
        if (host.equals("reddit.com")) {
            return (seg[0].equals("u") || seg[0].equals("user")) && seg.length > 1 && !seg[1].isEmpty();
        }
        String first = seg[0].startsWith("@") ? seg[0].substring(1) : seg[0];
        if (first.isEmpty()) {
            return false;
        }
        for (String r : RESERVED_PATHS) {
            if (first.equals(r)) {
                return false;
            }
        }
        return true;
    }
}
