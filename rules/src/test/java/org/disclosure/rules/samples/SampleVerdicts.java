package org.disclosure.rules.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.rules.FindingsAssert;

/** Checks a sample's findings against its expected must / mustNot lists. */
final class SampleVerdicts {

    private SampleVerdicts() {
    }

    /** @param considered the rules this run can judge; others are skipped */
    static void assertExpected(Sample sample, List<Finding> findings, Collection<String> considered) {
        Set<String> raised = new TreeSet<>();
        findings.stream().filter(f -> f.status() == FindingStatus.VIOLATED).forEach(f -> raised.add(f.rule()));
        System.out.println(sample.name() + " raised " + raised + FindingsAssert.describe(findings));
        for (String rule : sample.must()) {
            if (considered.contains(rule)) {
                assertTrue(raised.contains(rule), () -> sample + " must raise " + rule + ", raised " + raised + FindingsAssert.describe(findings));
            }
        }
        for (String rule : sample.mustNot()) {
            assertTrue(!raised.contains(rule), () -> sample + " must not raise " + rule + FindingsAssert.describe(findings));
        }
    }
}
