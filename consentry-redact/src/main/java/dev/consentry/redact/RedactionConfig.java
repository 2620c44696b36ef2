package dev.consentry.redact;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the engine looks for and how sure it must be.
 *
 * <ul>
 *   <li>{@code enabled} — the detectors that run;</li>
 *   <li>{@code minScores} — per type, the score a span needs to be reported (others use {@code defaultMinScore});</li>
 *   <li>{@code contextWords} — extra words that, near a match, raise its score (added to the built-in ones);</li>
 *   <li>{@code allowList} — exact terms (any capitalization) that are never reported, e.g. the platform's own name;</li>
 *   <li>{@code denyList} — terms (any capitalization, whole words) always reported with the given type.</li>
 * </ul>
 *
 * <p>A builder exists because every field is optional; {@link #fromMap} is the path for YAML files.
 */
public record RedactionConfig(
        Set<EntityType> enabled,
        double defaultMinScore,
        Map<EntityType, Double> minScores,
        Map<EntityType, Set<String>> contextWords,
        Set<String> allowList,
        Map<String, EntityType> denyList) {

    public static final double DEFAULT_MIN_SCORE = 0.5;

    public RedactionConfig {
        requireNonNull(enabled, "enabled is null");
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
        checkScore("defaultMinScore", defaultMinScore);
        requireNonNull(minScores, "minScores is null");
        minScores.forEach((type, score) -> checkScore("minScores." + type, requireNonNull(score, "score is null")));
        minScores = Map.copyOf(minScores);
        requireNonNull(contextWords, "contextWords is null");
        Map<EntityType, Set<String>> words = new EnumMap<>(EntityType.class);
        contextWords.forEach((type, set) -> words.put(type, lowercase(set)));
        contextWords = Map.copyOf(words);
        allowList = lowercase(requireNonNull(allowList, "allowList is null"));
        requireNonNull(denyList, "denyList is null");
        Map<String, EntityType> deny = new LinkedHashMap<>();
        denyList.forEach((term, type) -> deny.put(requireNonNull(term, "deny term is null").toLowerCase(Locale.ROOT).strip(),
                requireNonNull(type, "deny type is null")));
        deny.remove("");
        denyList = Map.copyOf(deny);
    }

    /** All detectors on, min score 0.5, no extra words, empty lists. */
    public static RedactionConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public double minScore(EntityType type) {
        return minScores.getOrDefault(type, defaultMinScore);
    }

    /**
     * Builds a config from a map as read from YAML or JSON. Keys (all optional):
     * <pre>
     * enabled: [PERSON, EMAIL_ADDRESS, ...]      # default: all types
     * default_min_score: 0.5
     * min_scores: {PERSON: 0.6, PHONE_NUMBER: 0.4}
     * context_words: {PHONE_NUMBER: [whatsapp, signal]}
     * allow_list: [Consentry]
     * deny_list: {PERSON: [codename bluebird]}
     * </pre>
     * Type names are case-insensitive (so {@code PERSON} and {@code person} under one key are the
     * same type given twice, an error). Every problem is collected and reported at once in one
     * {@link InvalidConfigException}; each starts with the path of the value at fault and a colon
     * ({@code min_scores.PERSON: ...}, {@code allow_list[2]: ...}, a top-level key alone for the key
     * itself), so that a file reader can point at its line. Messages name keys and offending
     * keys/types, never list values.
     */
    public static RedactionConfig fromMap(Map<String, ?> map) {
        requireNonNull(map, "map is null");
        List<String> problems = new ArrayList<>();
        Builder b = builder();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            switch (key) {
                case "enabled" -> {
                    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
                    int i = 0;
                    for (Object o : asList(key, value, problems)) {
                        EntityType t = parseType(key + "[" + i++ + "]", o, problems);
                        if (t != null) {
                            types.add(t);
                        }
                    }
                    b.enabled(types);
                }
                case "default_min_score" -> {
                    Double d = parseScore(key, value, problems);
                    if (d != null) {
                        b.defaultMinScore(d);
                    }
                }
                case "min_scores" -> {
                    Set<EntityType> given = EnumSet.noneOf(EntityType.class);
                    asMap(key, value, problems).forEach((k, v) -> {
                        EntityType t = parseType(key + "." + k, k, problems);
                        Double d = parseScore(key + "." + k, v, problems);
                        if (t != null && !given.add(t)) {
                            problems.add(key + "." + k + ": " + t + " is given twice (type names ignore case)");
                        } else if (t != null && d != null) {
                            b.minScore(t, d);
                        }
                    });
                }
                case "context_words" -> asMap(key, value, problems).forEach((k, v) -> {
                    EntityType t = parseType(key + "." + k, k, problems);
                    List<String> words = asStrings(key + "." + k, v, problems);
                    if (t != null) {
                        b.contextWords(t, words);
                    }
                });
                case "allow_list" -> b.allow(asStrings(key, value, problems));
                case "deny_list" -> asMap(key, value, problems).forEach((k, v) -> {
                    EntityType t = parseType(key + "." + k, k, problems);
                    List<String> terms = asStrings(key + "." + k, v, problems);
                    if (t != null) {
                        terms.forEach(term -> b.deny(term, t));
                    }
                });
                default -> problems.add(key + ": unknown key" + suggestion(key) + "; expected one of " + String.join(", ", KEYS));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return b.build();
    }

    /** The keys of a config file. */
    public static final List<String> KEYS = List.of("enabled", "default_min_score", "min_scores", "context_words", "allow_list", "deny_list");

    /** " (did you mean 'min_scores'?)" for a key written in another case or style (minScores, Min-Scores), else "". */
    private static String suggestion(String key) {
        String normalized = key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        for (String known : KEYS) {
            if (known.replace("_", "").equals(normalized)) {
                return " (did you mean '" + known + "'?)";
            }
        }
        return "";
    }

    private static List<?> asList(String key, Object value, List<String> problems) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        problems.add(key + ": expected a list");
        return List.of();
    }

    private static Map<?, ?> asMap(String key, Object value, List<String> problems) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        problems.add(key + ": expected a map from entity type to values");
        return Map.of();
    }

    private static List<String> asStrings(String key, Object value, List<String> problems) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Object o : asList(key, value, problems)) {
            if (o instanceof String s && !s.isBlank()) {
                out.add(s);
            } else {
                // The position, not the value: the value may be personal data.
                problems.add(key + "[" + i + "]: expected a non-blank string");
            }
            i++;
        }
        return out;
    }

    private static EntityType parseType(String path, Object o, List<String> problems) {
        String name = String.valueOf(o).strip().toUpperCase(Locale.ROOT);
        try {
            return EntityType.valueOf(name);
        } catch (IllegalArgumentException ex) {
            problems.add(path + ": unknown entity type '" + o + "' (expected one of " + List.of(EntityType.values()) + ")");
            return null;
        }
    }

    private static Double parseScore(String key, Object o, List<String> problems) {
        if (o instanceof Number n && n.doubleValue() >= 0.0 && n.doubleValue() <= 1.0) {
            return n.doubleValue();
        }
        problems.add(key + ": expected a number in [0, 1], was '" + o + "'");
        return null;
    }

    private static void checkScore(String name, double score) {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + score);
        }
    }

    private static Set<String> lowercase(Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            String s = requireNonNull(w, "word is null").toLowerCase(Locale.ROOT).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return Set.copyOf(out);
    }

    /** Mutable, single-use builder; {@link #build()} validates. */
    public static final class Builder {
        private Set<EntityType> enabled = EnumSet.allOf(EntityType.class);
        private double defaultMinScore = DEFAULT_MIN_SCORE;
        private final Map<EntityType, Double> minScores = new EnumMap<>(EntityType.class);
        private final Map<EntityType, Set<String>> contextWords = new EnumMap<>(EntityType.class);
        private final Set<String> allow = new LinkedHashSet<>();
        private final Map<String, EntityType> deny = new LinkedHashMap<>();

        private Builder() {}

        public Builder enabled(Collection<EntityType> types) {
            this.enabled = types.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(types);
            return this;
        }

        public Builder disable(EntityType type) {
            enabled.remove(type);
            return this;
        }

        public Builder defaultMinScore(double score) {
            this.defaultMinScore = score;
            return this;
        }

        public Builder minScore(EntityType type, double score) {
            minScores.put(requireNonNull(type, "type is null"), score);
            return this;
        }

        public Builder contextWords(EntityType type, Collection<String> words) {
            contextWords.computeIfAbsent(requireNonNull(type, "type is null"), t -> new LinkedHashSet<>()).addAll(words);
            return this;
        }

        public Builder allow(Collection<String> terms) {
            allow.addAll(terms);
            return this;
        }

        public Builder deny(String term, EntityType type) {
            deny.put(requireNonNull(term, "term is null"), requireNonNull(type, "type is null"));
            return this;
        }

        public RedactionConfig build() {
            return new RedactionConfig(enabled, defaultMinScore, minScores, contextWords, allow, deny);
        }
    }
}
