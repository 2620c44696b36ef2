package dev.consentry.consent.policy;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import dev.consentry.consent.Countries;
import dev.consentry.consent.SpellingSuggestion;
import dev.consentry.consent.StoredText;

/**
 * Reads a policy from YAML text and validates all of it, reporting every problem with the line
 * it is on. The format is documented in {@code docs/policy-format.md}; the built-in default policy
 * ({@code default-policy.yaml} beside this class) is an example of every feature.
 *
 * <p>Purposes are declared once under {@code purposes:}; each version lists the purposes it covers
 * and may override any of their fields. The parser works on SnakeYAML's node tree rather than on
 * Java objects so that every value keeps its line, and so that YAML 1.1's surprises ({@code on}
 * read as {@code true}, dates read as timestamps) never reach the model: every scalar is read as
 * the text the author wrote.
 */
public final class PolicyParser {
    private static final Pattern PURPOSE_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "jurisdictions", "purposes", "versions");
    private static final Set<String> PURPOSE_KEYS = Set.of(
            "title", "legalBasis", "controls", "default", "minimumAge", "notice", "excludedJurisdictions", "content", "specialCategories");
    private static final Set<String> VERSION_KEYS = Set.of("version", "from", "purposes");
    private static final Set<String> NOTICE_KEYS = Set.of("minimumVersion", "minimumAgeDays");
    private static final Set<String> CONTENT_KEYS = Set.of("kinds", "visibility");

    private final String sourceName;
    private final List<String> problems = new ArrayList<>();

    private PolicyParser(String sourceName) {
        this.sourceName = requireNonNull(sourceName, "sourceName is null");
    }

    /**
     * Parses and validates a policy.
     *
     * @param sourceName how problems name the source, e.g. the file name
     * @throws PolicyException listing every problem found
     */
    public static Policy parse(String sourceName, String yamlText) {
        requireNonNull(yamlText, "yamlText is null");
        return new PolicyParser(sourceName).read(yamlText);
    }

    private Policy read(String yamlText) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new java.io.StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new PolicyException(List.of(sourceName + ":" + line + ": not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new PolicyException(List.of(sourceName + ":1: not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof MappingNode top)) {
            throw new PolicyException(List.of(sourceName + ":1: a policy is a mapping with name, purposes and versions"));
        }
        rejectUnstorableText(top, "", java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        Map<String, Node> fields = mapping(top, "", TOP_KEYS);
        String name = requiredText(fields, top, "name", "");
        Map<String, Set<String>> jurisdictions = jurisdictions(fields.get("jurisdictions"));
        Map<String, MappingNode> purposeDefinitions = purposeDefinitions(fields.get("purposes"), top);
        List<VersionDraft> drafts = versionDrafts(fields.get("versions"), top, purposeDefinitions.keySet());
        Set<String> versionNames = new LinkedHashSet<>();
        drafts.forEach(draft -> versionNames.add(draft.name));
        List<PolicyVersion> versions = new ArrayList<>();
        for (VersionDraft draft : drafts) {
            Map<String, PurposeRule> rules = new LinkedHashMap<>();
            draft.purposes.forEach((purpose, override) -> {
                String path = "versions[" + draft.ordinal + "].purposes." + purpose;
                PurposeRule rule = purposeRule(purpose, path, purposeDefinitions.get(purpose), override, jurisdictions, versionNames);
                if (rule != null) {
                    rules.put(purpose, rule);
                }
            });
            if (draft.from != null) {
                versions.add(new PolicyVersion(draft.name, versions.size(), draft.from, rules));
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return new Policy(name, versions, jurisdictions, sha256(yamlText));
    }

    private Map<String, Set<String>> jurisdictions(Node node) {
        Map<String, Set<String>> expanded = new LinkedHashMap<>();
        if (node == null) {
            return expanded;
        }
        if (!(node instanceof MappingNode groups)) {
            problem(node, "jurisdictions", "must map group names to lists of country codes");
            return expanded;
        }
        Map<String, List<ScalarNode>> raw = new LinkedHashMap<>();
        rejectDuplicateKeys(groups, "jurisdictions");
        for (NodeTuple tuple : groups.getValue()) {
            String group = scalarText(tuple.getKeyNode());
            String path = "jurisdictions." + group;
            if (group == null || !GROUP_NAME.matcher(group).matches() || Countries.isIsoAlpha2(group)) {
                problem(tuple.getKeyNode(), path, "a group name is a word that is not itself a country code");
                continue;
            }
            raw.put(group, scalarList(tuple.getValueNode(), path));
        }
        for (String group : raw.keySet()) {
            Set<String> countries = new TreeSet<>();
            expandGroup(group, raw, countries, new LinkedHashSet<>());
            expanded.put(group, countries);
        }
        return expanded;
    }

    private void expandGroup(String group, Map<String, List<ScalarNode>> raw, Set<String> into, Set<String> visiting) {
        if (!visiting.add(group)) {
            return;
        }
        for (ScalarNode member : raw.get(group)) {
            String code = member.getValue();
            if (raw.containsKey(code)) {
                if (visiting.contains(code)) {
                    problem(member, "jurisdictions." + group, "group " + code + " includes itself");
                } else {
                    expandGroup(code, raw, into, visiting);
                }
            } else if (Countries.isIsoAlpha2(code)) {
                into.add(code);
            } else {
                problem(member, "jurisdictions." + group, "unknown country or group '" + code + "'");
            }
        }
        visiting.remove(group);
    }

    private Map<String, MappingNode> purposeDefinitions(Node node, Node parent) {
        Map<String, MappingNode> definitions = new LinkedHashMap<>();
        if (node == null) {
            problem(parent, "purposes", "missing; declare at least one purpose");
            return definitions;
        }
        if (!(node instanceof MappingNode purposes) || purposes.getValue().isEmpty()) {
            problem(node, "purposes", "must map purpose ids to their definitions");
            return definitions;
        }
        rejectDuplicateKeys(purposes, "purposes");
        for (NodeTuple tuple : purposes.getValue()) {
            String id = scalarText(tuple.getKeyNode());
            if (id == null || !PURPOSE_ID.matcher(id).matches()) {
                problem(tuple.getKeyNode(), "purposes", "purpose id '" + id + "' must be lower-case letters, digits and '-'");
                continue;
            }
            if (tuple.getValueNode() instanceof MappingNode definition) {
                mapping(definition, "purposes." + id, PURPOSE_KEYS);
                definitions.put(id, definition);
            } else {
                problem(tuple.getValueNode(), "purposes." + id, "must be a mapping of purpose fields");
            }
        }
        return definitions;
    }

    private record VersionDraft(int ordinal, String name, Instant from, Map<String, MappingNode> purposes) {}

    private List<VersionDraft> versionDrafts(Node node, Node parent, Set<String> declaredPurposes) {
        List<VersionDraft> drafts = new ArrayList<>();
        if (node == null) {
            problem(parent, "versions", "missing; a policy needs at least one version");
            return drafts;
        }
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(node, "versions", "must be a non-empty list of versions");
            return drafts;
        }
        Set<String> names = new LinkedHashSet<>();
        Instant previous = null;
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String path = "versions[" + i + "]";
            if (!(item instanceof MappingNode version)) {
                problem(item, path, "must be a mapping with version, from and purposes");
                continue;
            }
            Map<String, Node> fields = mapping(version, path, VERSION_KEYS);
            String name = requiredText(fields, version, "version", path);
            if (name != null && !names.add(name)) {
                problem(fields.get("version"), path + ".version", "version '" + name + "' is declared twice");
            }
            Instant from = instant(fields, version, "from", path);
            if (from != null && previous != null && !from.isAfter(previous)) {
                problem(fields.get("from"), path + ".from", "must be later than the previous version's from (" + previous + ")");
            }
            if (from != null) {
                previous = from;
            }
            Map<String, MappingNode> purposes = new LinkedHashMap<>();
            Node purposesNode = fields.get("purposes");
            if (purposesNode == null) {
                problem(version, path + ".purposes", "missing; list the purposes this version covers ({} for none)");
            } else if (!(purposesNode instanceof MappingNode purposeMap)) {
                problem(purposesNode, path + ".purposes", "must map purpose ids to overrides ({} for none)");
            } else {
                rejectDuplicateKeys(purposeMap, path + ".purposes");
                for (NodeTuple tuple : purposeMap.getValue()) {
                    String id = scalarText(tuple.getKeyNode());
                    if (!declaredPurposes.contains(id)) {
                        problem(tuple.getKeyNode(), path + ".purposes", "unknown purpose '" + id + "'; declare it under purposes:");
                    } else if (isNull(tuple.getValueNode())) {
                        purposes.put(id, new MappingNode(tuple.getKeyNode().getTag(), List.of(), purposeMap.getFlowStyle()));
                    } else if (tuple.getValueNode() instanceof MappingNode override) {
                        mapping(override, path + ".purposes." + id, PURPOSE_KEYS);
                        purposes.put(id, override);
                    } else {
                        problem(tuple.getValueNode(), path + ".purposes." + id, "must be a mapping of overrides ({} for none)");
                    }
                }
            }
            drafts.add(new VersionDraft(i, name == null ? "#" + i : name, from, purposes));
        }
        return drafts;
    }

    private PurposeRule purposeRule(
            String purpose, String path, MappingNode base, MappingNode override, Map<String, Set<String>> jurisdictions, Set<String> versionNames) {
        // Fields of the override replace those of the definition; each keeps its own line.
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        for (NodeTuple tuple : base.getValue()) {
            fields.put(scalarText(tuple.getKeyNode()), tuple.getValueNode());
            paths.put(scalarText(tuple.getKeyNode()), "purposes." + purpose);
        }
        for (NodeTuple tuple : override.getValue()) {
            fields.put(scalarText(tuple.getKeyNode()), tuple.getValueNode());
            paths.put(scalarText(tuple.getKeyNode()), path);
        }
        int before = problems.size();
        String title = optionalText(fields.get("title"), purpose);
        String legalBasis = optionalText(fields.get("legalBasis"), "consent");
        Set<Control> controls = controls(fields.get("controls"), paths.get("controls") + ".controls");
        boolean defaultOn = onOff(fields.get("default"), paths.get("default") + ".default", false, "on", "off");
        int minimumAge = integer(fields.get("minimumAge"), paths.get("minimumAge") + ".minimumAge", 0, 0, 150);
        NoticeRule notice = notice(fields.get("notice"), paths.get("notice") + ".notice", versionNames);
        Set<String> excluded = countries(fields.get("excludedJurisdictions"), paths.get("excludedJurisdictions") + ".excludedJurisdictions", jurisdictions);
        ContentEligibility content = content(fields.get("content"), paths.get("content") + ".content");
        boolean filterSpecial = onOff(fields.get("specialCategories"), paths.get("specialCategories") + ".specialCategories", false, "filter", "keep");
        if (problems.size() > before) {
            return null;
        }
        return new PurposeRule(purpose, title, legalBasis, controls, defaultOn, minimumAge, notice, excluded, content, filterSpecial);
    }

    private Set<Control> controls(Node node, String path) {
        Set<Control> controls = new LinkedHashSet<>();
        if (node == null) {
            return controls;
        }
        for (ScalarNode item : scalarList(node, path)) {
            try {
                controls.add(Control.valueOf(item.getValue().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problem(item, path, "unknown control '" + item.getValue() + "'; one of setting, gpc, objection");
            }
        }
        if (controls.contains(Control.GPC) && !controls.contains(Control.SETTING)) {
            problem(node, path, "gpc acts on the setting, so it needs setting too");
        }
        return controls;
    }

    private NoticeRule notice(Node node, String path, Set<String> versionNames) {
        if (node == null || "none".equals(scalarText(node)) || isNull(node)) {
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            problem(node, path, "must be a mapping with minimumVersion and minimumAgeDays, or none");
            return null;
        }
        Map<String, Node> fields = mapping(map, path, NOTICE_KEYS);
        String minimumVersion = requiredText(fields, map, "minimumVersion", path);
        if (minimumVersion != null && !versionNames.contains(minimumVersion)) {
            problem(fields.get("minimumVersion"), path + ".minimumVersion", "unknown version '" + minimumVersion + "'");
        }
        int days = integer(fields.get("minimumAgeDays"), path + ".minimumAgeDays", 0, 0, 3650);
        return minimumVersion == null ? null : new NoticeRule(minimumVersion, Duration.ofDays(days));
    }

    private Set<String> countries(Node node, String path, Map<String, Set<String>> jurisdictions) {
        Set<String> countries = new TreeSet<>();
        if (node == null) {
            return countries;
        }
        for (ScalarNode item : scalarList(node, path)) {
            String code = item.getValue();
            if (jurisdictions.containsKey(code)) {
                countries.addAll(jurisdictions.get(code));
            } else if (Countries.isIsoAlpha2(code)) {
                countries.add(code);
            } else {
                problem(item, path, "unknown country or jurisdiction group '" + code + "'");
            }
        }
        return countries;
    }

    private ContentEligibility content(Node node, String path) {
        if (node == null) {
            return ContentEligibility.NONE;
        }
        if (!(node instanceof MappingNode map)) {
            problem(node, path, "must be a mapping with kinds and visibility");
            return ContentEligibility.NONE;
        }
        Map<String, Node> fields = mapping(map, path, CONTENT_KEYS);
        Set<String> kinds = known(fields.get("kinds"), path + ".kinds", ContentEligibility.KNOWN_KINDS);
        Set<String> visibility = known(fields.get("visibility"), path + ".visibility", ContentEligibility.KNOWN_VISIBILITIES);
        return new ContentEligibility(kinds, visibility);
    }

    private Set<String> known(Node node, String path, Set<String> allowed) {
        Set<String> values = new LinkedHashSet<>();
        if (node == null) {
            return values;
        }
        for (ScalarNode item : scalarList(node, path)) {
            if (allowed.contains(item.getValue())) {
                values.add(item.getValue());
            } else {
                problem(item, path, "unknown value '" + item.getValue() + "'; one of " + new TreeSet<>(allowed));
            }
        }
        return values;
    }

    // ---- node helpers: each reports its own problems and returns a harmless value ----

    private Map<String, Node> mapping(MappingNode node, String path, Set<String> allowedKeys) {
        Map<String, Node> fields = new LinkedHashMap<>();
        rejectDuplicateKeys(node, path);
        for (NodeTuple tuple : node.getValue()) {
            String key = scalarText(tuple.getKeyNode());
            if (key == null || !allowedKeys.contains(key)) {
                String closest = key == null ? null : SpellingSuggestion.closest(key, new TreeSet<>(allowedKeys));
                problem(tuple.getKeyNode(), join(path, String.valueOf(key)),
                        "unknown key" + (closest == null ? "" : " (did you mean '" + closest + "'?)") + "; expected one of " + new TreeSet<>(allowedKeys));
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    /**
     * Every key and value, escapes decoded: a control character other than tab and line breaks (a
     * {@code "\0"}) or an unpaired surrogate ({@code "\ud800"}) would reach manifests, dataset cards
     * and terminals, and a version name holding one could never be named by a notice.
     */
    private void rejectUnstorableText(Node node, String path, Set<Node> visited) {
        if (!visited.add(node)) {
            return; // an alias: checked where it was defined (and an alias to its own parent would never end)
        }
        if (node instanceof ScalarNode scalar) {
            String problem = StoredText.freeTextProblem(scalar.getValue());
            if (problem != null) {
                problem(node, path.isEmpty() ? "(top)" : path, problem);
            }
        } else if (node instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                rejectUnstorableText(list.getValue().get(i), path + "[" + i + "]", visited);
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                String key = scalarText(tuple.getKeyNode());
                String keyPath = join(path, String.valueOf(key));
                rejectUnstorableText(tuple.getKeyNode(), keyPath, visited);
                rejectUnstorableText(tuple.getValueNode(), keyPath, visited);
            }
        }
    }

    /**
     * A key given twice in one mapping is an error, not "the last one wins": {@code default: off}
     * then {@code default: on} would otherwise turn a purpose on with an "off" in plain sight.
     * SnakeYAML's own duplicate check runs only when it builds Java objects, not on the node tree.
     */
    private void rejectDuplicateKeys(MappingNode node, String path) {
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String key = scalarText(tuple.getKeyNode());
            if (key == null) {
                continue;
            }
            Node first = seen.putIfAbsent(key, tuple.getKeyNode());
            if (first != null) {
                problem(tuple.getKeyNode(), join(path, key), "given twice (first on line " + (first.getStartMark().getLine() + 1) + ")");
            }
        }
    }

    private String requiredText(Map<String, Node> fields, Node parent, String key, String path) {
        Node node = fields.get(key);
        if (node == null) {
            problem(parent, join(path, key), "missing");
            return null;
        }
        String text = scalarText(node);
        if (text == null || text.isBlank()) {
            problem(node, join(path, key), "must be a non-empty text");
            return null;
        }
        return text;
    }

    private Instant instant(Map<String, Node> fields, Node parent, String key, String path) {
        String text = requiredText(fields, parent, key, path);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problem(fields.get(key), join(path, key), "'" + text + "' is not an ISO-8601 instant such as 2024-09-18T00:00:00Z");
            return null;
        }
    }

    private String optionalText(Node node, String fallback) {
        String text = node == null ? null : scalarText(node);
        return text == null || text.isBlank() ? fallback : text;
    }

    private boolean onOff(Node node, String path, boolean fallback, String yes, String no) {
        if (node == null) {
            return fallback;
        }
        String text = scalarText(node);
        if (yes.equals(text)) {
            return true;
        }
        if (no.equals(text)) {
            return false;
        }
        problem(node, path, "must be " + yes + " or " + no + ", was '" + text + "'");
        return fallback;
    }

    private int integer(Node node, String path, int fallback, int min, int max) {
        if (node == null) {
            return fallback;
        }
        String text = scalarText(node);
        try {
            int value = Integer.parseInt(String.valueOf(text));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(node, path, "must be a whole number from " + min + " to " + max + ", was '" + text + "'");
        return fallback;
    }

    private List<ScalarNode> scalarList(Node node, String path) {
        List<ScalarNode> items = new ArrayList<>();
        if (!(node instanceof SequenceNode list)) {
            problem(node, path, "must be a list, e.g. [a, b]");
            return items;
        }
        for (Node item : list.getValue()) {
            if (item instanceof ScalarNode scalar) {
                items.add(scalar);
            } else {
                problem(item, path, "list items must be plain values");
            }
        }
        return items;
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && (scalar.getValue().isEmpty() || scalar.getValue().equals("~") || scalar.getValue().equals("null"));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void problem(Node node, String path, String message) {
        int line = node == null ? 1 : node.getStartMark().getLine() + 1;
        problems.add(sourceName + ":" + line + ": " + path + ": " + message);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
