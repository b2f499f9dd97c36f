package org.disclosure.k8s;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rolling-upgrade and scale-out note rests on fault-injection suites that exist. */
class DocsTest {
    @Test
    void theRollingUpgradeNoteNamesExistingFaultSuites() throws IOException {
        String readme = Files.readString(Project.K8S.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## A rolling upgrade"), readme.indexOf("## Network policies"));
        Path faults = Project.ROOT.resolve("fault-tests/src/test/java/org/disclosure/faults");
        for (String suite : List.of("RebalanceIT", "ServiceCrashIT", "DuplicateDeliveryIT", "BrokerOutageIT",
                "DatabaseOutageIT", "KeycloakPauseIT")) {
            assertTrue(section.contains("`" + suite + "`"), suite + " is not named in the rolling-upgrade note");
            Path f = faults.resolve(suite + ".java");
            assertTrue(Files.exists(f) && Files.readString(f).contains("@Test"), f + " is gone: the note rests on it");
        }
        // the rebalance suite runs two consumers of one group
        assertTrue(Files.readString(faults.resolve("RebalanceIT.java")).contains("startInstance(\"validate-service\")"));
    }

    @Test
    void theMeasuredDelaysInTheNoteAreTheFaultSuitesOwn() throws IOException {
        // every duration the note cites (28.8 s, 40.7–46.3 s, ...) is one the fault suite's README reports as measured
        String readme = Files.readString(Project.K8S.resolve("README.md"));
        String section = readme.substring(readme.indexOf("**What the suite measured**"), readme.indexOf("## Network policies"));
        String faults = Files.readString(Project.ROOT.resolve("fault-tests/README.md"));
        String measured = faults.substring(faults.indexOf("## Measured"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(\\d+\\.\\d)\\b").matcher(section);
        int cited = 0;
        while (m.find()) {
            cited++;
            assertTrue(measured.contains(m.group(1) + " s"), m.group(1) + " s is cited in the rolling-upgrade note but not measured in fault-tests/README.md");
        }
        assertTrue(cited >= 10, "the note cites " + cited + " measured durations");
    }
}
