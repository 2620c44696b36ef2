package dev.consentry.cli.redact;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import dev.consentry.cli.UserException;
import dev.consentry.cli.io.TextFile;
import dev.consentry.consent.StoredText;
import dev.consentry.redact.InvalidConfigException;
import dev.consentry.redact.RedactionConfig;

/**
 * Reads a redaction config file (YAML) into a {@link RedactionConfig}, every problem as
 * {@code FILE:LINE: path: message}, all at once. The file is read as SnakeYAML's node tree rather
 * than as Java objects so that each value keeps its line, a key given twice is an error (SnakeYAML
 * would keep the last), and YAML 1.1's surprises stay out: a scalar is a number when it reads as one,
 * null when empty, and otherwise the text as written ({@code allow_list: [yes, on]} holds two words,
 * not two booleans). The rules of the config itself are {@link RedactionConfig#fromMap}'s.
 */
public final class RedactionConfigFile {
    private final String name;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());

    private RedactionConfigFile(String name) {
        this.name = name;
    }

    /** The config in {@code path}, or the defaults when it is null or the file holds no document. */
    public static RedactionConfig load(Path path) {
        if (path == null) {
            return RedactionConfig.defaults();
        }
        TextFile file = TextFile.read(path);
        return new RedactionConfigFile(path.toString()).read(file);
    }

    /** The config in {@code text}, problems named after {@code name}: the entry point for tests and fuzzing. */
    public static RedactionConfig parse(String name, String text) {
        return new RedactionConfigFile(name).read(new TextFile(text, List.of()));
    }

    private RedactionConfig read(TextFile file) {
        problems.addAll(file.problems());
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(file.text()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(name + ":" + line + ": not valid YAML: " + e.getProblem());
            throw new UserException(problems);
        } catch (YAMLException e) {
            problems.add(name + ":1: not valid YAML: " + String.valueOf(e.getMessage()).replace('\n', ' '));
            throw new UserException(problems);
        }
        if (root == null || isNull(root)) {
            if (!problems.isEmpty()) {
                throw new UserException(problems);
            }
            return RedactionConfig.defaults();
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(name + ":" + line(root) + ": a redaction config is a mapping of keys to values");
            throw new UserException(problems);
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> map = (Map<String, ?>) value(top, "");
        RedactionConfig config = null;
        try {
            config = RedactionConfig.fromMap(map);
        } catch (InvalidConfigException e) {
            e.problems().forEach(problem -> problems.add(name + ":" + lineOf(problem) + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return config;
    }

    /** The node as plain Java values, recording the line of every path and reporting keys given twice. */
    private Object value(Node node, String path) {
        if (!(node instanceof ScalarNode) && !enclosing.add(node)) {
            problems.add(name + ":" + line(node) + ": " + path + ": an alias to a value that holds it (it would never end)");
            return null;
        }
        try {
            return plainValue(node, path);
        } finally {
            enclosing.remove(node);
        }
    }

    private Object plainValue(Node node, String path) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            Map<String, Integer> firstLines = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (key == null) {
                    problems.add(name + ":" + line(keyNode) + ": " + (path.isEmpty() ? "" : path + ": ") + "keys must be plain names");
                    continue;
                }
                String keyPath = path.isEmpty() ? key : path + "." + key;
                Integer first = firstLines.putIfAbsent(key, line(keyNode));
                if (first != null) {
                    problems.add(name + ":" + line(keyNode) + ": " + keyPath + ": given twice (first on line " + first + ")");
                    continue;
                }
                lines.put(keyPath, line(keyNode));
                map.put(key, value(tuple.getValueNode(), keyPath));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                Node item = sequence.getValue().get(i);
                String itemPath = path + "[" + i + "]";
                lines.put(itemPath, line(item));
                list.add(value(item, itemPath));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        String unstorable = StoredText.freeTextProblem(scalar.getValue());
        if (unstorable != null) {
            // A "\0" or "\ud800" escape: no term a text can hold, and not one to repeat on a terminal.
            problems.add(name + ":" + line(scalar) + ": " + path + ": " + unstorable);
            return scalar.getValue(); // reported once here; the config's own rules need not see it as missing
        }
        if (isNull(scalar)) {
            return null;
        }
        if (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(scalar.getValue());
            } catch (NumberFormatException e) {
                return scalar.getValue(); // 0x1F, 1_000, .inf: refused by the rule that wants a score
            }
        }
        return scalar.getValue();
    }

    /** The line of the longest path a problem starts with ("min_scores.PERSON: ..."), 1 when none. */
    private int lineOf(String problem) {
        String best = null;
        for (String path : lines.keySet()) {
            if (problem.startsWith(path + ":") && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best == null ? 1 : lines.get(best);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
