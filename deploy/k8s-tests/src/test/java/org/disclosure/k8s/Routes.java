package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gateway API routing over a rendered overlay: which HTTPRoute rule a request (host, method, path) reaches, with
 * the matching semantics of gateway.networking.k8s.io/v1 (Exact; PathPrefix by whole path elements; RegularExpression
 * over the whole path; method; a rule without matches matches every path) and its precedence (Exact before
 * PathPrefix, longer prefixes first, regular expressions after). Ties between different backends are reported as
 * ambiguous: they would depend on route age and name.
 */
final class Routes {
    /** Where one rule sends a request: a Service and port, or nowhere (a redirect). */
    record Target(String route, int rule, String service, int port, JsonNode ruleNode, int specificity) {
        @Override
        public String toString() {
            return "HTTPRoute " + route + " rule " + rule + " -> " + (service == null ? "redirect" : service + ":" + port);
        }
    }

    private final List<ObjectNode> objects;

    Routes(List<ObjectNode> objects) {
        this.objects = objects;
    }

    List<ObjectNode> all(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    /** Listener hostnames of the Gateway listeners a route attaches to ("" for a listener without hostname). */
    Set<JsonNode> listeners(ObjectNode route) {
        Set<JsonNode> out = new LinkedHashSet<>();
        for (JsonNode parent : route.path("spec").path("parentRefs")) {
            all("Gateway").stream().filter(g -> g.path("metadata").path("name").asText().equals(parent.path("name").asText()))
                    .forEach(g -> g.path("spec").path("listeners").forEach(l -> {
                        if (!parent.has("sectionName") || parent.path("sectionName").asText().equals(l.path("name").asText())) {
                            out.add(l);
                        }
                    }));
        }
        return out;
    }

    /** Where requests arrive: each listener's port and host (a listener without hostname: any host). */
    record Entry(int port, String host) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        all("Gateway").forEach(g -> g.path("spec").path("listeners").forEach(l ->
                out.add(new Entry(l.path("port").asInt(), l.path("hostname").asText("any.example.org")))));
        return out;
    }

    /** The listener a request on port and host reaches: the one with that exact hostname, else one without. */
    Optional<JsonNode> listener(int port, String host) {
        JsonNode wildcard = null;
        for (ObjectNode g : all("Gateway")) {
            for (JsonNode l : g.path("spec").path("listeners")) {
                if (l.path("port").asInt() != port) {
                    continue;
                }
                if (l.path("hostname").asText().equals(host)) {
                    return Optional.of(l);
                }
                if (!l.has("hostname")) {
                    wildcard = l;
                }
            }
        }
        return Optional.ofNullable(wildcard);
    }

    /** The rule matches of every route serving the host that match the request, most specific first. */
    List<Target> candidates(Entry entry, String method, String path) {
        List<Target> out = new ArrayList<>();
        String host = entry.host();
        Optional<JsonNode> listener = listener(entry.port(), host);
        for (ObjectNode route : all("HTTPRoute")) {
            if (listener.isEmpty() || !listeners(route).contains(listener.get())) {
                continue;
            }
            JsonNode hostnames = route.path("spec").path("hostnames");
            if (hostnames.size() > 0 && !hostnames.toString().contains("\"" + host + "\"")) {
                continue;
            }
            JsonNode rules = route.path("spec").path("rules");
            for (int i = 0; i < rules.size(); i++) {
                JsonNode rule = rules.get(i);
                int best = -1;
                if (rule.path("matches").isEmpty()) {
                    best = specificity("PathPrefix", "/", path, method, null);
                }
                for (JsonNode m : rule.path("matches")) {
                    JsonNode p = m.path("path");
                    String type = p.path("type").asText("PathPrefix");
                    String value = p.path("value").asText("/");
                    best = Math.max(best, specificity(type, value, path, method, m.path("method").asText(null)));
                }
                if (best < 0) {
                    continue;
                }
                String name = route.path("metadata").path("name").asText();
                if (rule.path("backendRefs").isEmpty()) {
                    out.add(new Target(name, i, null, 0, rule, best));
                }
                for (JsonNode b : rule.path("backendRefs")) {
                    out.add(new Target(name, i, b.path("name").asText(), b.path("port").asInt(), rule, best));
                }
            }
        }
        out.sort(Comparator.comparingInt(Target::specificity).reversed());
        return out;
    }

    /** Where the request goes: empty when no rule matches (the Gateway answers 404). */
    Optional<Target> route(Entry entry, String method, String path) {
        List<Target> c = candidates(entry, method, path);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** Different backends for the same request at the same precedence. */
    boolean ambiguous(Entry entry, String method, String path) {
        List<Target> c = candidates(entry, method, path);
        return c.size() > 1 && c.get(0).specificity() == c.get(1).specificity()
                && !(String.valueOf(c.get(0).service()) + c.get(0).port()).equals(String.valueOf(c.get(1).service()) + c.get(1).port());
    }

    /** -1: no match; else larger is more specific (Exact > longer PathPrefix > RegularExpression; a method adds). */
    static int specificity(String type, String value, String path, String method, String matchMethod) {
        if (matchMethod != null && !matchMethod.equals(method)) {
            return -1;
        }
        int methodBonus = matchMethod != null ? 1 : 0;
        switch (type) {
            case "Exact" -> {
                return path.equals(value) ? 300_000 + methodBonus : -1;
            }
            case "PathPrefix" -> {
                String prefix = value.endsWith("/") && value.length() > 1 ? value.substring(0, value.length() - 1) : value;
                boolean ok = prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
                return ok ? 200_000 + prefix.length() * 2 + methodBonus : -1;
            }
            case "RegularExpression" -> {
                return Pattern.compile(value).matcher(path).matches() ? 100_000 + methodBonus : -1;
            }
            default -> throw new IllegalArgumentException("unknown path match type " + type);
        }
    }
}
