package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A minimal kustomize, enough for deploy/k8s and strict about it: a kustomization field or option it does not
 * implement is an error, never silently ignored. Implements resources (files and directories), namespace,
 * labels (metadata only), replicas, images, patches (strategic merge for built-in kinds, JSON merge patch for
 * custom resources, optional target by kind and name), secretGenerator/configMapGenerator with literals when
 * generatorOptions.disableNameSuffixHash is true. When kubectl is on the PATH, RenderTest checks that this
 * renderer and {@code kubectl kustomize} produce the same objects.
 */
final class Kustomize {
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "replicas", "images", "patches", "generatorOptions", "secretGenerator", "configMapGenerator");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PriorityClass");
    /** patchMergeKey of the built-in list fields deploy/k8s patches (Kubernetes API strategic merge). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "volumes", "name", "env", "name",
            "volumeMounts", "mountPath", "imagePullSecrets", "name");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Kustomize() {
    }

    static List<ObjectNode> build(Path dir) {
        Path kfile = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(kfile)) {
            throw new IllegalArgumentException(dir + ": no kustomization.yaml");
        }
        ObjectNode k = Yaml.readOne(kfile);
        k.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(kfile + ": unsupported kustomization field " + f);
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(build(p));
            } else {
                objects.addAll(Yaml.readAll(p));
            }
        }
        boolean generators = k.has("secretGenerator") || k.has("configMapGenerator");
        if (generators && !k.path("generatorOptions").path("disableNameSuffixHash").asBoolean(false)) {
            throw new IllegalArgumentException(kfile + ": generators need generatorOptions.disableNameSuffixHash: true here");
        }
        for (JsonNode g : k.path("secretGenerator")) {
            objects.add(generate("Secret", g, kfile));
        }
        for (JsonNode g : k.path("configMapGenerator")) {
            objects.add(generate("ConfigMap", g, kfile));
        }
        for (JsonNode p : k.path("patches")) {
            applyPatch(objects, dir, p, kfile);
        }
        if (k.has("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    meta(o).put("namespace", ns);
                }
            }
        }
        for (JsonNode l : k.path("labels")) {
            if (l.path("includeSelectors").asBoolean(false) || l.path("includeTemplates").asBoolean(false)) {
                throw new IllegalArgumentException(kfile + ": labels with includeSelectors/includeTemplates are not implemented");
            }
            for (ObjectNode o : objects) {
                ObjectNode labels = obj(meta(o), "labels");
                l.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue().deepCopy()));
            }
        }
        for (JsonNode r : k.path("replicas")) {
            int hits = 0;
            for (ObjectNode o : objects) {
                if (Set.of("Deployment", "StatefulSet", "ReplicaSet").contains(o.path("kind").asText())
                        && o.path("metadata").path("name").asText().equals(r.path("name").asText())) {
                    obj(o, "spec").put("replicas", r.path("count").asInt());
                    hits++;
                }
            }
            if (hits == 0) {
                throw new IllegalArgumentException(kfile + ": replicas for an unknown workload " + r.path("name").asText());
            }
        }
        for (JsonNode img : k.path("images")) {
            for (ObjectNode o : objects) {
                JsonNode podSpec = o.path("spec").path("template").path("spec");
                for (String list : List.of("containers", "initContainers")) {
                    for (JsonNode c : podSpec.path(list)) {
                        String image = c.path("image").asText();
                        if (imageName(image).equals(img.path("name").asText())) {
                            ((ObjectNode) c).put("image", newImage(image, img));
                        }
                    }
                }
            }
        }
        return objects;
    }

    private static String imageName(String image) {
        int at = image.indexOf('@');
        String s = at >= 0 ? image.substring(0, at) : image;
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        return colon > slash ? s.substring(0, colon) : s;
    }

    private static String newImage(String image, JsonNode img) {
        String name = img.has("newName") ? img.get("newName").asText() : imageName(image);
        if (img.has("digest")) {
            return name + "@" + img.get("digest").asText();
        }
        String rest = image.substring(imageName(image).length());
        return name + (img.has("newTag") ? ":" + img.get("newTag").asText() : rest);
    }

    private static ObjectNode generate(String kind, JsonNode g, Path kfile) {
        g.fieldNames().forEachRemaining(f -> {
            if (!Set.of("name", "type", "literals").contains(f)) {
                throw new IllegalArgumentException(kfile + ": unsupported generator field " + f);
            }
        });
        ObjectNode o = F.objectNode();
        o.put("apiVersion", "v1").put("kind", kind);
        obj(o, "metadata").put("name", g.path("name").asText());
        ObjectNode data = F.objectNode();
        for (JsonNode lit : g.path("literals")) {
            String s = lit.asText();
            int eq = s.indexOf('=');
            String v = s.substring(eq + 1);
            data.put(s.substring(0, eq), kind.equals("Secret")
                    ? Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)) : v);
        }
        o.set("data", data);
        if (kind.equals("Secret")) {
            o.put("type", g.path("type").asText("Opaque"));
        }
        return o;
    }

    private static void applyPatch(List<ObjectNode> objects, Path dir, JsonNode p, Path kfile) {
        p.fieldNames().forEachRemaining(f -> {
            if (!Set.of("path", "target").contains(f)) {
                throw new IllegalArgumentException(kfile + ": unsupported patch field " + f);
            }
        });
        ObjectNode patch = Yaml.readOne(dir.resolve(p.path("path").asText()));
        JsonNode target = p.get("target");
        int hits = 0;
        for (ObjectNode o : objects) {
            boolean match;
            if (target != null) {
                target.fieldNames().forEachRemaining(f -> {
                    if (!Set.of("kind", "name").contains(f)) {
                        throw new IllegalArgumentException(kfile + ": unsupported patch target field " + f);
                    }
                });
                match = (!target.has("kind") || target.get("kind").asText().equals(o.path("kind").asText()))
                        && (!target.has("name") || Pattern.matches(target.get("name").asText(),
                                o.path("metadata").path("name").asText()));
            } else {
                match = patch.path("kind").asText().equals(o.path("kind").asText())
                        && patch.path("metadata").path("name").asText().equals(o.path("metadata").path("name").asText());
            }
            if (match) {
                ObjectNode body = patch.deepCopy();
                body.remove("apiVersion");
                body.remove("kind");
                if (target != null) {
                    ObjectNode m = (ObjectNode) body.path("metadata");
                    if (m != null && !m.isMissingNode()) {
                        m.remove("name");
                    }
                }
                merge(o, body, builtIn(o));
                hits++;
            }
        }
        if (hits == 0) {
            throw new IllegalArgumentException(kfile + ": patch " + p.path("path").asText() + " matches nothing");
        }
    }

    static boolean builtIn(JsonNode o) {
        String api = o.path("apiVersion").asText();
        return !api.contains("/") || api.matches("(apps|batch|policy|autoscaling|networking\\.k8s\\.io|rbac\\.authorization\\.k8s\\.io)/.*");
    }

    /** Strategic merge (built-in kinds, lists with a merge key merged by it) or JSON merge patch (lists replaced). */
    static void merge(ObjectNode target, JsonNode patch, boolean strategic) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode pv = e.getValue();
            JsonNode tv = target.get(key);
            if (pv.isNull()) {
                target.remove(key);
            } else if (pv.isObject() && tv != null && tv.isObject()) {
                merge((ObjectNode) tv, pv, strategic);
            } else if (strategic && pv.isArray() && tv != null && tv.isArray() && MERGE_KEYS.containsKey(key)) {
                String mk = MERGE_KEYS.get(key);
                ArrayNode ta = (ArrayNode) tv;
                for (JsonNode item : pv) {
                    ObjectNode existing = null;
                    for (JsonNode t : ta) {
                        if (t.path(mk).equals(item.path(mk))) {
                            existing = (ObjectNode) t;
                        }
                    }
                    if (existing != null) {
                        merge(existing, item, true);
                    } else {
                        ta.add(item.deepCopy());
                    }
                }
            } else {
                target.set(key, pv.deepCopy());
            }
        }
    }

    private static ObjectNode meta(ObjectNode o) {
        return obj(o, "metadata");
    }

    static ObjectNode obj(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || !n.isObject()) {
            n = F.objectNode();
            o.set(field, n);
        }
        return (ObjectNode) n;
    }
}
