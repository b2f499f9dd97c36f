package org.disclosure.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The services' own OpenAPI documents: the ones Quarkus (smallrye-openapi) generates at build time from the
 * JAX-RS resources, with the security requirements it derives from @RolesAllowed / @Authenticated, and serves
 * unchanged at /q/openapi. The build writes them into each service's quarkus-app
 * (quarkus/generated-bytecode.jar, META-INF/quarkus-generated-openapi-doc.JSON), so the tests read exactly what
 * the running service would publish, without starting it and without configuring the services' builds.
 * In the root build the services are packaged before this module (it comes last in the reactor).
 */
final class OpenApi {
    static final String ENTRY = "META-INF/quarkus-generated-openapi-doc.JSON";
    /** Roles of people and feeds: an operation any of them may call is public. */
    static final Set<String> USER_ROLES = Set.of("submitter", "supervisor");

    /** One operation; roles empty with secured = any authenticated user. */
    record Operation(String service, String method, String path, Set<String> roles, boolean secured, JsonNode node) {
        /** Public: open to a person or a feed (not only to the pipeline's account or national operators). */
        boolean isPublic() {
            return !secured || roles.isEmpty() || roles.stream().anyMatch(USER_ROLES::contains);
        }

        boolean multipart() {
            return node.path("requestBody").path("content").has("multipart/form-data");
        }

        /** The path with every parameter replaced by a value of its kind (a UUID for ids). */
        String samplePath() {
            String out = path;
            for (JsonNode p : node.path("parameters")) {
                if (!p.path("in").asText().equals("path")) {
                    continue;
                }
                String name = p.path("name").asText();
                JsonNode schema = p.path("schema");
                String type = schema.path("type").asText();
                String value = name.equals("id") || schema.path("format").asText().equals("uuid")
                        || schema.path("$ref").asText().endsWith("/UUID") ? "3f2b8c1e-7d4a-4b6e-9c2d-1a5e8f7b6c3d"
                        : type.equals("integer") ? "7" : "reports.parsed";
                out = out.replace("{" + name + "}", value);
            }
            if (out.contains("{")) {
                throw new IllegalStateException(service + " " + path + ": a path parameter without a declaration");
            }
            return out;
        }

        @Override
        public String toString() {
            return service + " " + method + " " + path + " " + (secured ? roles : "(no security)");
        }
    }

    private OpenApi() {
    }

    static Path jar(String service) {
        return Project.ROOT.resolve(service).resolve("target/quarkus-app/quarkus/generated-bytecode.jar");
    }

    static JsonNode document(String service) {
        Path jar = jar(service);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no OpenAPI document of " + service + ": " + jar + " is missing; build the services first"
                    + " (./mvnw -o -q package -DskipTests -pl ingest-service,parse-service,validate-service,stats-service -am), or run the"
                    + " whole build (./mvnw verify), which packages them before deploy/k8s-tests");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(ENTRY);
            if (e == null) {
                // a service without quarkus-smallrye-openapi publishes no document: fine only if it serves no API
                if (declaresResources(service)) {
                    throw new IllegalStateException(service + " has JAX-RS resources (@Path) but " + jar + " has no " + ENTRY
                            + ": add quarkus-smallrye-openapi to " + service + ", the routes are derived from its document");
                }
                return new ObjectMapper().createObjectNode();
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new ObjectMapper().readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(jar + ": " + e.getMessage(), e);
        }
    }

    /** Whether the service's sources declare a JAX-RS resource (a class or method annotated @Path). */
    static boolean declaresResources(String service) {
        try (var files = Files.walk(Project.ROOT.resolve(service).resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                try {
                    return Files.readString(f).matches("(?s).*@(jakarta\\.ws\\.rs\\.)?Path\\(.*");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static List<Operation> operations(String service) {
        List<Operation> out = new ArrayList<>();
        document(service).path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            String method = m.getKey().toUpperCase();
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS").contains(method)) {
                return;
            }
            JsonNode op = m.getValue();
            Set<String> roles = new TreeSet<>();
            boolean secured = op.path("security").size() > 0;
            op.path("security").forEach(req -> req.fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText()))));
            out.add(new Operation(service, method, p.getKey(), roles, secured, op));
        }));
        return out;
    }

    static List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        Project.SERVICES.forEach(s -> out.addAll(operations(s)));
        return out;
    }
}
