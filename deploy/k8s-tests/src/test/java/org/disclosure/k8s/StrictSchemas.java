package org.disclosure.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict validation of every rendered object (schemas README: source, version, licence of each):
 * <ul>
 *   <li>custom resources with a CRD among the test resources (Strimzi's published CRDs; the transcribed CloudNativePG
 *   and Keycloak subsets): CrdSchemas, a JSON Schema validator over the CRDs, their metadata against the Kubernetes
 *   OpenAPI's ObjectMeta;</li>
 *   <li>built-in kinds: KubernetesOpenApi, the Kubernetes 1.30 OpenAPI definitions as the Kubernetes Java client
 *   carries them, with the same validator;</li>
 *   <li>Gateway API and Prometheus operator kinds: fabric8's models, the only form of those schemas a registry this
 *   build reaches serves. Those models keep unknown fields in an "additionalProperties" map instead of failing, so
 *   after binding every reachable model object is walked and a non-empty additionalProperties is reported as an
 *   unknown field. Scalars are not coerced (a string where a number belongs fails).</li>
 * </ul>
 */
final class StrictSchemas {
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("gateway.networking.k8s.io/v1/Gateway", io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", io.fabric8.openshift.api.model.monitoring.v1.PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class));

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictSchemas() {
    }

    /** What is wrong with one object; empty when it parses strictly. */
    static List<String> check(JsonNode object) {
        String api = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String id = api + "/" + kind + " " + object.path("metadata").path("name").asText();
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(api + "/" + kind);
        if (CrdSchemas.covers(api, kind)) {
            problems.addAll(CrdSchemas.validate(object));
            // a CRD leaves metadata to the API server's ObjectMeta
            problems.addAll(KubernetesOpenApi.validateMetadata(object.path("metadata")));
        } else if (KubernetesOpenApi.covers(api, kind)) {
            problems.addAll(KubernetesOpenApi.validate(object));
        } else if (model != null) {
            Object bound;
            try {
                bound = STRICT.treeToValue(object, model);
            } catch (Exception e) {
                problems.add(id + ": " + e.getMessage().lines().findFirst().orElse(""));
                return problems;
            }
            unknownFields(bound, "", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        } else {
            problems.add("no schema for the kind");
        }
        return problems.stream().map(p -> p.startsWith(id) ? p : id + ": " + p).toList();
    }

    private static void unknownFields(Object o, String path, List<String> problems, Set<Object> seen) {
        if (o == null || !seen.add(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), problems, seen);
            }
            return;
        }
        String pkg = o.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.fabric8.openshift.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class || m.getReturnType().isPrimitive()) {
                continue;
            }
            Object v;
            try {
                v = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    for (Object k : extra.keySet()) {
                        problems.add((path.isEmpty() ? "" : path.substring(1) + ".") + k + ": unknown field");
                    }
                }
                continue;
            }
            // config-like maps (Strimzi config, labels) hold plain values; only model objects are walked
            String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
            unknownFields(v, path + "." + field, problems, seen);
        }
    }
}
