package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Custom resources checked against their operators' CustomResourceDefinitions with a JSON Schema validator
 * (networknt json-schema-validator): each CRD version's openAPIV3Schema, made strict the way the API server's
 * strict field validation (kubectl --validate=strict) is: an object schema with properties and without
 * x-kubernetes-preserve-unknown-fields admits no other field. The CRDs are test resources under
 * src/test/resources/schemas (README there: source, version, licence of each).
 */
final class CrdSchemas {
    static final Path DIR = Project.ROOT.resolve("deploy/k8s-tests/src/test/resources/schemas");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** "group/version/Kind" to its compiled schema, and to the file it came from. */
    static final Map<String, Schema> SCHEMAS = new LinkedHashMap<>();
    static final Map<String, String> ORIGIN = new LinkedHashMap<>();

    /**
     * A folder of further CRDs (-Ddisclosure.k8s.crds=DIR, e.g. an operator's release files) that take precedence over
     * the test resources and over fabric8's models for their kinds: how the overlays are checked against published
     * CRDs no registry serves (schemas README).
     */
    static final String EXTRA = "disclosure.k8s.crds";

    static {
        load(DIR, "");
        String extra = System.getProperty(EXTRA, "");
        if (!extra.isBlank()) {
            Path dir = Path.of(extra).toAbsolutePath();
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(EXTRA + "=" + extra + ": no such folder");
            }
            load(dir, dir + "/");
        }
    }

    private static void load(Path dir, String origin) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
                for (ObjectNode doc : Yaml.readAll(f)) {
                    if (doc.path("kind").asText().equals("CustomResourceDefinition")) {
                        crd(doc, origin + dir.relativize(f));
                    } else if (doc.has("kinds")) {
                        transcribed(doc, origin + dir.relativize(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CrdSchemas() {
    }

    private static void crd(ObjectNode crd, String file) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode v : crd.path("spec").path("versions")) {
            JsonNode schema = v.path("schema").path("openAPIV3Schema");
            if (v.path("served").asBoolean(true) && schema.isObject()) {
                String key = group + "/" + v.path("name").asText() + "/" + kind;
                SCHEMAS.put(key, REGISTRY.getSchema(strict(schema, true)));
                ORIGIN.put(key, file);
            }
        }
    }

    /** The transcribed subsets (kinds: apiVersion/Kind to schema, definitions: name to schema, $ref by name). */
    private static void transcribed(ObjectNode doc, String file) {
        ObjectNode defs = JsonNodeFactory.instance.objectNode();
        doc.path("definitions").fields().forEachRemaining(e -> defs.set(e.getKey(), strict(e.getValue(), false)));
        doc.path("kinds").fields().forEachRemaining(e -> {
            ObjectNode schema = (ObjectNode) strict(e.getValue(), true);
            schema.set("$defs", defs);
            SCHEMAS.put(e.getKey(), REGISTRY.getSchema(schema));
            ORIGIN.put(e.getKey(), file);
        });
    }

    /**
     * The OpenAPI v3 schema of a CRD as a JSON Schema 2020-12 with Kubernetes' structural-schema meaning: closed
     * objects unless x-kubernetes-preserve-unknown-fields, int-or-string, nullable; the descriptions dropped.
     */
    static JsonNode strict(JsonNode schema, boolean root) {
        return strict(schema, root, false);
    }

    /**
     * A branch of oneOf/anyOf/allOf/not only adds value validations to the fields its parent declares (structural
     * schemas): it lists some of them and must stay open, or it would refuse the parent's other fields.
     */
    private static JsonNode strict(JsonNode schema, boolean root, boolean branch) {
        if (schema.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            schema.forEach(s -> out.add(strict(s, false, branch)));
            return out;
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "description", "example", "externalDocs", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-list-type",
                     "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-validations", "x-kubernetes-embedded-resource",
                     "x-kubernetes-int-or-string", "nullable", "default" -> {
                    // documentation, server-side behaviour, or handled below
                }
                case "properties", "patternProperties", "$defs" -> {
                    ObjectNode props = out.putObject(k);
                    v.fields().forEachRemaining(p -> props.set(p.getKey(), strict(p.getValue(), false, branch)));
                }
                case "$ref" -> out.set(k, new TextNode(v.asText().startsWith("#") ? v.asText() : "#/$defs/" + v.asText()));
                case "oneOf", "anyOf", "allOf", "not" -> out.set(k, strict(v, false, true));
                default -> out.set(k, strict(v, false, branch));
            }
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false) && !schema.has("type")) {
            out.putArray("type").add("integer").add("string");
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type") && schema.get("type").isTextual()) {
            out.putArray("type").add(schema.get("type").asText()).add("null");
        }
        if (schema.has("properties") && !schema.has("additionalProperties") && !preserve && !branch) {
            out.put("additionalProperties", false);
        }
        if (root) {
            // apiVersion, kind and metadata are the API server's (ObjectMeta is validated by it, not by the CRD)
            ObjectNode props = out.has("properties") ? (ObjectNode) out.get("properties") : out.putObject("properties");
            props.putObject("apiVersion").put("type", "string");
            props.putObject("kind").put("type", "string");
            props.putObject("metadata").put("type", "object");
        }
        return out;
    }

    static boolean covers(String apiVersion, String kind) {
        return SCHEMAS.containsKey(apiVersion + "/" + kind);
    }

    /** What is wrong with one custom resource, one line per fault (path, then what). */
    static List<String> validate(JsonNode object) {
        return problems(SCHEMAS.get(object.path("apiVersion").asText() + "/" + object.path("kind").asText()), object);
    }

    /** What a compiled schema finds wrong with a document, one line per fault (path, then what). */
    static List<String> problems(Schema schema, JsonNode object) {
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(object)) {
            String path = path(e.getInstanceLocation().toString());
            Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
            problems.add(switch (e.getKeyword()) {
                case "additionalProperties" -> path + "." + e.getProperty() + ": unknown field";
                case "required" -> path + ": missing required field " + e.getProperty();
                case "type" -> path + ": must be " + (args.length > 1 ? args[1] : "of another type") + ", is "
                        + (args.length > 0 ? args[0] : e.getInstanceNode().getNodeType());
                case "enum" -> path + ": " + e.getInstanceNode() + " is not one of " + (args.length > 0 ? args[0] : "the allowed values");
                default -> path + ": " + e.getMessage();
            });
        }
        return problems;
    }

    /** $.spec.x / /spec/x / $ to .spec.x, "" for the root. */
    private static String path(String location) {
        String p = location.startsWith("$") ? location.substring(1) : location.replace('/', '.');
        return p.replaceAll("\\['([^']*)'\\]", ".$1");
    }
}
