package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A small OpenAPI v3 (structural CRD schema) validator over the vendored schemas in crd-schemas.yaml. */
final class CrdSchemas {
    private static final ObjectNode SCHEMAS = load();

    private CrdSchemas() {
    }

    private static ObjectNode load() {
        try (InputStream in = CrdSchemas.class.getResourceAsStream("/crd-schemas.yaml")) {
            return (ObjectNode) Yaml.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean covers(String apiVersion, String kind) {
        return SCHEMAS.path("kinds").has(apiVersion + "/" + kind);
    }

    static List<String> validate(JsonNode object) {
        List<String> problems = new ArrayList<>();
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        validate(object, SCHEMAS.path("kinds").path(key), "", problems);
        return problems;
    }

    private static JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = SCHEMAS.path("definitions").path(schema.get("$ref").asText());
        }
        return schema;
    }

    private static void validate(JsonNode value, JsonNode schema, String path, List<String> problems) {
        schema = resolve(schema);
        if (schema.isMissingNode()) {
            problems.add(path + ": no schema");
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isTextual() && !value.isIntegralNumber()) {
                problems.add(path + ": must be an integer or a string, is " + value.getNodeType());
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(path + ": must be an object, is " + value.getNodeType());
                    return;
                }
                for (JsonNode r : schema.path("required")) {
                    if (!value.has(r.asText())) {
                        problems.add(path + ": missing required field " + r.asText());
                    }
                }
                boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
                JsonNode props = schema.path("properties");
                JsonNode additional = schema.get("additionalProperties");
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String p = path + "." + e.getKey();
                    if (props.has(e.getKey())) {
                        validate(e.getValue(), props.get(e.getKey()), p, problems);
                    } else if (additional != null && additional.isObject()) {
                        validate(e.getValue(), additional, p, problems);
                    } else if (!preserve) {
                        problems.add(p + ": unknown field");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": must be an array, is " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(path + ": must be a string, is " + value.getNodeType());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": must be an integer, is " + value.getNodeType());
                } else if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
                    problems.add(path + ": must be at least " + schema.get("minimum").asLong());
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(path + ": must be a number, is " + value.getNodeType());
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + ": must be a boolean, is " + value.getNodeType());
                }
            }
            default -> problems.add(path + ": schema without a type");
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }
}
