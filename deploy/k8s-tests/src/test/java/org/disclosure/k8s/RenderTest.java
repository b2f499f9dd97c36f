package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every overlay renders with the real kustomize (kubectl kustomize) into complete, uniquely named objects. */
class RenderTest {
    static final List<String> OVERLAYS = Project.OVERLAYS;

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

    @Test
    void theRendererIsKustomizeFiveOrNewer() {
        Kubectl.Result r = Kubectl.run(List.of(Kubectl.binary(), "version", "--client"), 60);
        assertTrue(r.out().matches("(?s).*Kustomize Version: v([5-9]|\\d\\d).*"), r.out());
    }

    static String id(ObjectNode o) {
        return o.path("apiVersion").asText() + "/" + o.path("kind").asText() + " "
                + o.path("metadata").path("namespace").asText() + "/" + o.path("metadata").path("name").asText();
    }
}
