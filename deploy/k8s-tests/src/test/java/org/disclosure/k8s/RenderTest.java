package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every overlay renders; and when kubectl is installed, the Java renderer agrees with kubectl kustomize. */
class RenderTest {
    static final List<String> OVERLAYS = Project.OVERLAYS;

    private static final Path KEPT_KUBECTL_OUTPUT = Path.of("src/test/resources/kubectl-kustomize");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void rendersWithUniqueIdentifiedObjects(String overlay) {
        List<ObjectNode> objects = Project.render(overlay);
        assertTrue(objects.size() > 40, "only " + objects.size() + " objects");
        Set<String> ids = new HashSet<>();
        for (ObjectNode o : objects) {
            String id = id(o);
            assertFalse(o.path("apiVersion").asText().isEmpty() || o.path("kind").asText().isEmpty()
                    || o.path("metadata").path("name").asText().isEmpty(), "incomplete object " + o);
            assertTrue(ids.add(id), "duplicate " + id);
        }
    }

    /**
     * The Java renderer must produce what {@code kubectl kustomize} produces. Where kubectl is installed it is
     * asked directly and its output is kept in src/test/resources/kubectl-kustomize; elsewhere (Debian has no
     * kubectl package, so CI usually has none) the kept output is the reference. After changing the manifests,
     * run this test once where kubectl is installed and commit the refreshed files.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void javaRendererAgreesWithKubectlKustomize(String overlay) throws Exception {
        Path kept = KEPT_KUBECTL_OUTPUT.resolve(overlay + ".yaml");
        Path kubectl = onPath("kubectl");
        String reference;
        if (kubectl != null) {
            Process p = new ProcessBuilder(kubectl.toString(), "kustomize", Project.overlay(overlay).toString())
                    .redirectErrorStream(false).start();
            reference = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), err);
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, reference);
        } else {
            assertTrue(Files.exists(kept), "no kubectl and no kept kubectl output at " + kept);
            reference = Files.readString(kept);
        }
        Map<String, ObjectNode> theirs = byId(Yaml.readAll(reference, "kubectl kustomize " + overlay));
        Map<String, ObjectNode> ours = byId(Project.render(overlay));
        assertEquals(theirs.keySet(), ours.keySet());
        for (String id : theirs.keySet()) {
            assertEquals(theirs.get(id), ours.get(id), id);
        }
    }

    static String id(ObjectNode o) {
        return o.path("apiVersion").asText() + "/" + o.path("kind").asText() + " "
                + o.path("metadata").path("namespace").asText() + "/" + o.path("metadata").path("name").asText();
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> out = new TreeMap<>();
        objects.forEach(o -> out.put(id(o), o));
        return out;
    }

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
