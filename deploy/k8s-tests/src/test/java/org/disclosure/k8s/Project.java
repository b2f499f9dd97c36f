package org.disclosure.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository as the tests see it: the manifests and the four services' configuration. */
final class Project {
    static final Path ROOT = Path.of(System.getProperty("disclosure.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path REALM = ROOT.resolve("deploy/keycloak/disclosure-realm.json");
    static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service", "stats-service");
    /**
     * Every Deployment of the platform: the four services and the dashboard (issue 13; a Quarkus application on 8085
     * under /dashboard whose module is built elsewhere, so its manifests are checked without its properties).
     */
    static final List<String> DEPLOYABLES = List.of("ingest-service", "parse-service", "validate-service", "stats-service", "dashboard");
    static final String DASHBOARD = "dashboard";
    static final int DASHBOARD_PORT = 8085;
    /** The port of the Quarkus management interface (quarkus.management.port's default, set in each service). */
    static final int MANAGEMENT_PORT = 9000;
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private Project() {
    }

    static Path overlay(String name) {
        return K8S.resolve("overlays").resolve(name);
    }

    static List<ObjectNode> render(String overlay) {
        return Kubectl.kustomize(overlay(overlay));
    }

    /** The Secrets the installer provides for an overlay (overlays/NAME/external-secrets.yaml), name to keys. */
    static Map<String, Set<String>> externalSecrets(String overlay) {
        Path f = overlay(overlay).resolve("external-secrets.yaml");
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (Files.exists(f)) {
            Yaml.readOne(f).path("secrets").forEach(s -> {
                Set<String> keys = new LinkedHashSet<>();
                s.path("keys").forEach(k -> keys.add(k.asText()));
                out.put(s.path("name").asText(), keys);
            });
        }
        return out;
    }

    /** One service's src/main/resources/application.properties, with what the manifests must agree with. */
    record ServiceConfig(String name, Properties properties) {
        private static final Pattern CHANNEL_TOPIC = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topic");

        static ServiceConfig load(String service) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ServiceConfig(service, p);
        }

        int httpPort() {
            return Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
        }

        /**
         * Does the container image serve /q/* on the management interface? {@code %prod.quarkus.management.enabled}
         * is fixed at build time; it may be an expression over quarkus.container-image.build, which the image build sets.
         */
        boolean managementInImage() {
            String v = properties.getProperty("%prod.quarkus.management.enabled", properties.getProperty("quarkus.management.enabled", "false"));
            return v.equals("true") || v.equals("${quarkus.container-image.build:false}") || v.equals("${quarkus.container-image.build}");
        }

        /** The port /q/health and /q/metrics are served on in the container image. */
        int healthPort() {
            if (!managementInImage()) {
                return httpPort();
            }
            return Integer.parseInt(properties.getProperty("%prod.quarkus.management.port",
                    properties.getProperty("quarkus.management.port", String.valueOf(MANAGEMENT_PORT))));
        }

        /** Topics of the incoming channels (consumed) or outgoing channels (produced). */
        Set<String> topics(String direction) {
            Set<String> out = new TreeSet<>();
            for (String k : properties.stringPropertyNames()) {
                Matcher m = CHANNEL_TOPIC.matcher(k);
                if (m.matches() && m.group(1).equals(direction)) {
                    out.add(properties.getProperty(k));
                }
            }
            return out;
        }

        /** The dead-letter topics of the incoming channels (failure-strategy dead-letter-queue). */
        Set<String> deadLetterTopics() {
            Set<String> out = new TreeSet<>();
            for (String k : properties.stringPropertyNames()) {
                if (k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                    out.add(properties.getProperty(k));
                }
            }
            return out;
        }

        /** Channel names of one direction. */
        Set<String> channels(String direction) {
            Set<String> out = new TreeSet<>();
            for (String k : properties.stringPropertyNames()) {
                Matcher m = CHANNEL_TOPIC.matcher(k);
                if (m.matches() && m.group(1).equals(direction)) {
                    out.add(m.group(2));
                }
            }
            return out;
        }

        /** A channel attribute as the connector sees it (mp.messaging.DIRECTION.CHANNEL.ATTRIBUTE), or null. */
        String channelAttribute(String direction, String channel, String attribute) {
            return properties.getProperty("mp.messaging." + direction + "." + channel + "." + attribute);
        }

        Set<String> consumerGroups() {
            Set<String> out = new TreeSet<>();
            for (String k : properties.stringPropertyNames()) {
                if (k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                    out.add(properties.getProperty(k));
                }
            }
            return out;
        }

        /**
         * The keys production must supply: those with a %dev or %test value but no value for every profile,
         * and those whose every-profile value points at the developer's machine (localhost).
         */
        Set<String> keysNeededInProd() {
            Set<String> out = new TreeSet<>();
            for (String k : properties.stringPropertyNames()) {
                Matcher m = Pattern.compile("%(dev|test)\\.(.+)").matcher(k);
                if (m.matches() && !properties.containsKey(m.group(2))) {
                    out.add(m.group(2));
                } else if (!k.startsWith("%") && properties.getProperty(k).matches(".*(localhost|127\\.0\\.0\\.1).*")) {
                    out.add(k);
                }
            }
            return out;
        }
    }

    /** The dashboard's application.properties, once its module (built by another change) is in the tree. */
    static java.util.Optional<ServiceConfig> dashboardConfig() {
        return Files.exists(ROOT.resolve(DASHBOARD).resolve("src/main/resources/application.properties"))
                ? java.util.Optional.of(ServiceConfig.load(DASHBOARD)) : java.util.Optional.empty();
    }

    /** Quarkus's environment variable for a property: upper case, every other character an underscore. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
