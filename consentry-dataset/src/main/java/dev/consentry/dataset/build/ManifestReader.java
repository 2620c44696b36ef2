package dev.consentry.dataset.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.consentry.dataset.io.InputException;

/**
 * Reads {@code manifest.json} strictly, because {@code verify} and incremental builds trust what it
 * says: every field the manifest's records have must be there and not null (except the few that
 * are optional), no field may be unknown or appear twice, and values must have their types. Every
 * problem is reported at once as {@code FILE:LINE: field: message}, the field as a path such as
 * {@code outputs[0].sha256}.
 *
 * <p>The text is first read into a tree by hand so that each field's line is kept (a tree node has
 * none) and a duplicate key is caught where it is; the tree is checked against the records' shape;
 * only then is it bound to a {@link Manifest}.
 */
final class ManifestReader {
    /** Components a manifest may leave out: there is no previous dataset, no rejects, no card, no policy version yet. */
    private static final Set<String> OPTIONAL = Set.of("Manifest.previous", "Manifest.rejects", "Manifest.card", "Policy.version");

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private final String file;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ManifestReader(String file) {
        this.file = file;
    }

    static Manifest read(String file, String text) {
        return new ManifestReader(file).read(text);
    }

    private Manifest read(String text) {
        JsonNode tree;
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InputException(file + ":1: empty; a manifest is one JSON object");
            }
            tree = value(parser, "");
            if (parser.nextToken() != null) {
                throw new InputException(file + ":" + parser.currentLocation().getLineNr() + ": more after the manifest's object");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                throw new InputException(file + ":" + line + ": duplicate field " + message.substring("Duplicate field ".length())
                        + "; a field appears once in an object");
            }
            throw new InputException(file + ":" + line + ": not a valid manifest (" + message + ")");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        check(tree, Manifest.class, "");
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int version = tree.get("formatVersion").asInt();
        if (!tree.get("formatVersion").isInt() || version != Manifest.FORMAT_VERSION) {
            throw new InputException(at("formatVersion") + "formatVersion: " + tree.get("formatVersion") + " is not a manifest format this Consentry reads ("
                    + Manifest.FORMAT_VERSION + ")");
        }
        try {
            return BINDER.treeToValue(tree, Manifest.class);
        } catch (JsonMappingException e) {
            String path = path(e.getPath());
            throw new InputException(at(path) + path + ": " + e.getOriginalMessage().replaceAll(" \\(class [^)]*\\)| \\(but might if [^)]*\\)", ""));
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not a valid manifest (" + e.getOriginalMessage() + ")");
        }
    }

    /** The value at the parser's current token, as a tree, remembering the line of each field and element. */
    private JsonNode value(JsonParser parser, String path) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                lines.put(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                object.set(name, value(parser, child));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                array.add(value(parser, path + "[" + index++ + "]"));
            }
            return array;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (token) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(parser.getBooleanValue());
            default -> nodes.nullNode();
        };
    }

    /** Checks an object against a record's components: each present unless optional, none null, none unknown. */
    private void check(JsonNode node, Class<?> type, String path) {
        String label = path.isEmpty() ? "the manifest" : path;
        if (!node.isObject()) {
            problems.add(at(path) + label + ": " + kind(node) + ", an object is required");
            return;
        }
        Map<String, RecordComponent> components = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!components.containsKey(name)) {
                String child = child(path, name);
                problems.add(at(child) + child + ": unknown field; a manifest has " + components.keySet().stream().sorted().toList());
            }
        });
        for (RecordComponent component : type.getRecordComponents()) {
            String child = child(path, component.getName());
            JsonNode value = node.get(component.getName());
            boolean optional = OPTIONAL.contains(type.getSimpleName() + "." + component.getName());
            if (value == null) {
                if (!optional) {
                    problems.add(at(path) + child + ": missing");
                }
            } else if (value.isNull()) {
                if (!optional) {
                    problems.add(at(child) + child + ": null");
                }
            } else if (component.getType().isRecord()) {
                check(value, component.getType(), child);
            } else if (component.getType() == List.class) {
                checkList(value, component.getGenericType(), child);
            } else if (component.getType() == Map.class && value.isObject()) {
                value.properties().forEach(entry -> {
                    if (entry.getValue().isNull()) {
                        String key = child + "." + entry.getKey();
                        problems.add(at(key) + key + ": null");
                    }
                });
            }
        }
    }

    private void checkList(JsonNode value, Type listType, String path) {
        if (!value.isArray()) {
            problems.add(at(path) + path + ": " + kind(value) + ", a list is required");
            return;
        }
        Type element = ((ParameterizedType) listType).getActualTypeArguments()[0];
        for (int i = 0; i < value.size(); i++) {
            String child = path + "[" + i + "]";
            if (value.get(i).isNull()) {
                problems.add(at(child) + child + ": null");
            } else if (element instanceof Class<?> type && type.isRecord()) {
                check(value.get(i), type, child);
            }
        }
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : node.isObject() ? "an object" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** {@code FILE:LINE: } for a field path, the line of the nearest enclosing value that has one. */
    private String at(String path) {
        String probe = path;
        while (!lines.containsKey(probe) && !probe.isEmpty()) {
            int cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
            probe = cut < 0 ? "" : probe.substring(0, cut);
        }
        return file + ":" + lines.getOrDefault(probe, 1) + ": ";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
