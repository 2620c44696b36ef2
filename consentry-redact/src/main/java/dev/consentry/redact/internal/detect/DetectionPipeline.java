package dev.consentry.redact.internal.detect;

import dev.consentry.redact.EntityType;
import dev.consentry.redact.KnownIdentities;
import dev.consentry.redact.RedactionConfig;
import dev.consentry.redact.Span;
import dev.consentry.redact.internal.Gazetteers;
import dev.consentry.redact.internal.text.TokenDictionary;
import dev.consentry.redact.internal.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detector pipeline, built once per engine.
 *
 * <p><b>Detection.</b> Each enabled detector scans the text once with hand-written scanners (no regular
 * expressions: nothing can backtrack) and cheap triggers first — an '@', a digit, "://", a capital
 * letter — so most characters are looked at a handful of times in total. Word tokens are computed once
 * and shared.
 *
 * <p><b>Context.</b> Words near a candidate (four tokens before, two after) that are typical for its
 * type ("call", "fax" for phones; "SSN" for social security numbers; "card" for cards) raise its score
 * by {@value #CONTEXT_BOOST}. PERSON, STREET_ADDRESS and DATE_OF_BIRTH weigh their own context inside
 * their detectors, because for them context decides more than a flat boost can express; configured
 * extra words apply to every type.
 *
 * <p><b>Resolution.</b> Candidates under their type's minimum score or on the allow list are dropped.
 * Overlaps are resolved greedily: higher score first, then the longer span, then the earlier one; a
 * candidate that overlaps an accepted span is discarded. The result is sorted and non-overlapping.
 *
 * <p><b>Memory.</b> A record's chars are copied once into a per-thread buffer ({@link Scratch}) that the
 * tokenizer, the dictionaries and every scanner read as an array; token and candidate arrays are reused
 * the same way, so a short record allocates little beyond its spans. Figures: BENCHMARKS.md.
 */
public final class DetectionPipeline {

    static final double CONTEXT_BOOST = 0.3;
    private static final int BEFORE = 4;
    private static final int AFTER = 2;

    private static final Map<EntityType, String> DEFAULT_CONTEXT = Map.of(
            EntityType.PHONE_NUMBER, "phone phones call calling called tel telephone mobile cell cellphone fax office "
                    + "desk contact reach text txt whatsapp sms message messages ring dial answering landline hotline "
                    + "ph registered",
            EntityType.CREDIT_CARD, "card cards credit debit visa mastercard amex discover cc payment pay",
            EntityType.US_SSN, "ssn ssns social security ss taxpayer",
            EntityType.IBAN_CODE, "iban account bank transfer wire",
            EntityType.IP_ADDRESS, "ip ips address server host ipv4 ipv6",
            EntityType.EMAIL_ADDRESS, "email mail e-mail contact",
            EntityType.SOCIAL_HANDLE, "follow dm handle twitter instagram tiktok account",
            EntityType.CRYPTO, "wallet btc bitcoin eth ethereum crypto send address");

    private final List<Detector> detectors;
    /** Some detector tokenizes every text, so the triggers are read off the tokens (see TextView). */
    private final boolean tokenized;
    private final RedactionConfig config;
    private final Map<EntityType, TokenDictionary> context;
    private final TokenDictionary allow;
    private final double[] minScores;
    /** Per-thread reusable buffers (see {@link Scratch}); held by this pipeline, so by its engine. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public DetectionPipeline(RedactionConfig config, KnownIdentities known, Gazetteers gazetteers, String phoneRegion) {
        this.config = config;
        Set<EntityType> on = config.enabled();
        List<Detector> d = new ArrayList<>();
        // Resolution is order-independent; the order matters only where a detector skips work inside what an
        // earlier one found (PHONE_NUMBER's foreign-region fallback inside an IBAN or a card number).
        add(d, on, EntityType.EMAIL_ADDRESS, EmailDetector::new);
        if (on.contains(EntityType.URL) || on.contains(EntityType.SOCIAL_HANDLE)) {
            d.add(new UrlDetector(on.contains(EntityType.URL), on.contains(EntityType.SOCIAL_HANDLE)));
        }
        add(d, on, EntityType.SOCIAL_HANDLE, SocialHandleDetector::new);
        add(d, on, EntityType.CREDIT_CARD, CreditCardDetector::new);
        add(d, on, EntityType.IBAN_CODE, IbanDetector::new);
        add(d, on, EntityType.US_SSN, UsSsnDetector::new);
        add(d, on, EntityType.IP_ADDRESS, IpAddressDetector::new);
        add(d, on, EntityType.CRYPTO, CryptoDetector::new);
        add(d, on, EntityType.PHONE_NUMBER, () -> new PhoneDetector(phoneRegion, contextFor(EntityType.PHONE_NUMBER, config)));
        add(d, on, EntityType.DATE_OF_BIRTH, DateOfBirthDetector::new);
        add(d, on, EntityType.STREET_ADDRESS, StreetAddressDetector::new);
        add(d, on, EntityType.PERSON, () -> new PersonDetector(gazetteers));
        KnownIdentityDetector knownDetector = new KnownIdentityDetector(known);
        if (!knownDetector.isEmpty()) {
            d.add(knownDetector); // member names are always found: the members asked for it
        }
        DenyListDetector deny = new DenyListDetector(config.denyList());
        if (!deny.isEmpty()) {
            d.add(deny);
        }
        this.detectors = List.copyOf(d);
        this.tokenized = detectors.stream().anyMatch(Detector::readsEveryToken);

        Map<EntityType, TokenDictionary> ctx = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            TokenDictionary words = contextFor(type, config);
            if (words.size() > 0) {
                ctx.put(type, words);
            }
        }
        this.context = ctx;
        Map<String, Integer> allowWords = new HashMap<>();
        config.allowList().forEach(w -> allowWords.put(w, 1));
        this.allow = TokenDictionary.of(allowWords);
        this.minScores = new double[EntityType.values().length];
        for (EntityType type : EntityType.values()) {
            minScores[type.ordinal()] = config.minScore(type);
        }
    }

    /** The default context words of {@code type} plus the configured ones. */
    private static TokenDictionary contextFor(EntityType type, RedactionConfig config) {
        Map<String, Integer> words = new HashMap<>();
        String defaults = DEFAULT_CONTEXT.get(type);
        if (defaults != null) {
            for (String w : defaults.split(" ")) {
                words.put(w, 1);
            }
        }
        for (String w : config.contextWords().getOrDefault(type, Set.of())) {
            words.put(w, 1);
        }
        return TokenDictionary.of(words);
    }

    private static void add(List<Detector> list, Set<EntityType> on, EntityType type, java.util.function.Supplier<Detector> f) {
        if (on.contains(type)) {
            list.add(f.get());
        }
    }

    public RedactionConfig config() {
        return config;
    }

    public List<Span> detect(CharSequence text) {
        if (text.length() == 0) {
            return List.of();
        }
        Scratch s = scratch.get();
        TextView view = new TextView(text, s, tokenized);
        Candidates c = s.candidates();
        for (Detector d : detectors) {
            d.detect(view, c);
        }
        if (c.size() == 0) {
            return List.of();
        }
        boost(view, c);
        return resolve(view, c);
    }

    private void boost(TextView view, Candidates c) {
        for (int i = 0; i < c.size(); i++) {
            TokenDictionary words = context.get(c.type(i));
            if (words == null || c.score(i) >= 1.0) {
                continue;
            }
            if (contextNear(view, words, c.start(i), c.end(i))) {
                c.setScore(i, c.score(i) + CONTEXT_BOOST);
            }
        }
    }

    /**
     * True when one of {@value #BEFORE} tokens before {@code [start, end)} or {@value #AFTER} after it is in
     * {@code words}: the context window of the boost, also asked by PHONE_NUMBER before its costly fallbacks.
     */
    static boolean contextNear(TextView view, TokenDictionary words, int start, int end) {
        Tokens t = view.tokens();
        int first = t.indexAtOrAfter(start);
        int afterEnd = t.indexAtOrAfter(end, first);
        for (int k = Math.max(0, first - BEFORE); k < first; k++) {
            if (words.contains(view.text(), t.start(k), t.end(k))) {
                return true;
            }
        }
        for (int k = afterEnd; k < Math.min(t.count(), afterEnd + AFTER); k++) {
            if (words.contains(view.text(), t.start(k), t.end(k))) {
                return true;
            }
        }
        return false;
    }

    private List<Span> resolve(TextView view, Candidates c) {
        int[] order = new int[c.size()];
        int kept = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.score(i) >= minScores[c.type(i).ordinal()] && !allowed(view, c.start(i), c.end(i))) {
                order[kept++] = i;
            }
        }
        if (kept == 0) {
            return List.of();
        }
        sortByPriority(c, order, kept);
        Accepted accepted = new Accepted(kept + 8);
        for (int k = 0; k < kept; k++) {
            int i = order[k];
            accepted.addIfFree(c.start(i), c.end(i), c.type(i), c.score(i));
        }
        propagate(view.source(), accepted);
        return accepted.toSpans();
    }

    /** Higher score first, then the longer span, then the earlier one; stable, so ties keep detector order. */
    private static void sortByPriority(Candidates c, int[] order, int size) {
        if (size > 64) {
            // rare (a megabyte of digits): the boxed, stable library sort keeps this O(n log n)
            Integer[] boxed = new Integer[size];
            for (int k = 0; k < size; k++) {
                boxed[k] = order[k];
            }
            Arrays.sort(boxed, (a, b) -> before(c, a, b) ? -1 : before(c, b, a) ? 1 : 0);
            for (int k = 0; k < size; k++) {
                order[k] = boxed[k];
            }
            return;
        }
        for (int k = 1; k < size; k++) { // insertion sort: a record has a handful of candidates
            int x = order[k];
            int j = k - 1;
            while (j >= 0 && before(c, x, order[j])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }

    private static boolean before(Candidates c, int a, int b) {
        int s = Double.compare(c.score(b), c.score(a));
        if (s != 0) {
            return s < 0;
        }
        int l = Integer.compare(c.end(b) - c.start(b), c.end(a) - c.start(a));
        return l != 0 ? l < 0 : c.start(a) < c.start(b);
    }

    /**
     * A value found once is personal data everywhere in the record: "415-555-2671call" escapes the phone
     * scanner's word boundary, but not this. Other exact occurrences of each detected value (4+ chars) that
     * do not overlap an accepted span are added with the same type and score. Bounded to the first
     * {@value #MAX_PROPAGATED} distinct values so the cost stays linear in the text.
     */
    private static void propagate(CharSequence text, Accepted accepted) {
        accepted.spans.sortByStart();
        int detected = accepted.size();
        if (detected == 0) {
            return;
        }
        String s = text.toString();
        int[] found = new int[8]; // (start, index of the accepted span it copies) pairs
        int foundCount = 0;
        int[] distinct = new int[MAX_PROPAGATED]; // index of the first span with each value
        int distinctCount = 0;
        for (int a = 0; a < detected && distinctCount < MAX_PROPAGATED; a++) {
            int start = accepted.spans.start(a);
            int len = accepted.spans.end(a) - start;
            if (len < 4 || seenBefore(s, accepted, distinct, distinctCount, a)) {
                continue;
            }
            distinct[distinctCount++] = a;
            String value = s.substring(start, start + len); // String.indexOf(String) is a vectorized intrinsic
            for (int at = s.indexOf(value); at >= 0; at = s.indexOf(value, at + len)) {
                if (at == start) {
                    continue; // the span itself
                }
                if (foundCount * 2 == found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[foundCount * 2] = at;
                found[foundCount * 2 + 1] = a;
                foundCount++;
            }
        }
        if (foundCount == 0) {
            return; // the usual case: every value occurs once, and the spans are sorted already
        }
        for (int f = 0; f < foundCount; f++) {
            int at = found[f * 2];
            int a = found[f * 2 + 1]; // appends never move the first "detected" entries
            accepted.addIfFree(at, at + accepted.spans.end(a) - accepted.spans.start(a), accepted.spans.type(a), accepted.spans.score(a));
        }
        accepted.spans.sortByStart();
    }

    /** True when one of the distinct values seen so far equals the text of span {@code a}. */
    private static boolean seenBefore(String s, Accepted accepted, int[] distinct, int count, int a) {
        Candidates spans = accepted.spans;
        int start = spans.start(a);
        int len = spans.end(a) - start;
        for (int k = 0; k < count; k++) {
            int b = distinct[k];
            if (spans.end(b) - spans.start(b) == len && s.regionMatches(spans.start(b), s, start, len)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_PROPAGATED = 64;

    /**
     * Accepted, non-overlapping spans, held in a {@link Candidates} until the final list is built. The
     * overlap test is a scan over the few spans of a normal record; past {@value #LINEAR_LIMIT} spans
     * (a megabyte of phone numbers) a bit per char takes over, so the cost stays O(n log n).
     */
    private static final class Accepted {
        private static final int LINEAR_LIMIT = 32;
        final Candidates spans;
        private BitSet taken;

        Accepted(int capacity) {
            spans = new Candidates(capacity);
        }

        int size() {
            return spans.size();
        }

        /** Appends the span unless it overlaps one already accepted. */
        void addIfFree(int start, int end, EntityType type, double score) {
            if (taken != null) {
                int next = taken.nextSetBit(start);
                if (next >= 0 && next < end) {
                    return;
                }
            } else {
                for (int k = 0; k < spans.size(); k++) {
                    if (spans.start(k) < end && start < spans.end(k)) {
                        return;
                    }
                }
            }
            spans.add(start, end, type, score);
            if (taken != null) {
                taken.set(start, end);
            } else if (spans.size() > LINEAR_LIMIT) {
                taken = new BitSet();
                for (int k = 0; k < spans.size(); k++) {
                    taken.set(spans.start(k), spans.end(k));
                }
            }
        }

        List<Span> toSpans() {
            Span[] result = new Span[spans.size()];
            for (int k = 0; k < result.length; k++) {
                result[k] = new Span(spans.start(k), spans.end(k), spans.type(k), spans.score(k));
            }
            return List.of(result);
        }
    }

    private boolean allowed(TextView view, int start, int end) {
        return allow.size() > 0 && allow.contains(view.text(), start, end);
    }
}
