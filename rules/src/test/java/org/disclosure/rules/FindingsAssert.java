package org.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;

/** Assertions shared by the rule tests. */
public final class FindingsAssert {

    private FindingsAssert() {
    }

    public static List<Finding> violated(List<Finding> findings) {
        return findings.stream().filter(f -> f.status() == FindingStatus.VIOLATED).toList();
    }

    public static List<Finding> notAssessable(List<Finding> findings) {
        return findings.stream().filter(f -> f.status() == FindingStatus.NOT_ASSESSABLE).toList();
    }

    public static void assertPasses(List<Finding> findings) {
        assertTrue(findings.isEmpty(), () -> "expected no finding, got " + describe(findings));
    }

    public static Finding assertSingleViolation(List<Finding> findings) {
        List<Finding> violated = violated(findings);
        assertEquals(1, violated.size(), () -> "expected one violation, got " + describe(findings));
        assertWellFormed(violated.get(0));
        return violated.get(0);
    }

    public static Finding assertNotAssessable(List<Finding> findings) {
        assertTrue(violated(findings).isEmpty(), () -> "expected no violation, got " + describe(findings));
        List<Finding> na = notAssessable(findings);
        assertFalse(na.isEmpty(), () -> "expected a not-assessable finding, got " + describe(findings));
        na.forEach(FindingsAssert::assertWellFormed);
        return na.get(0);
    }

    public static void assertWellFormed(Finding finding) {
        assertFalse(finding.messageZh().isBlank(), "Chinese message");
        assertFalse(finding.messageEn().isBlank(), "English message");
        assertTrue(finding.messageZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                () -> "Chinese message has Chinese text: " + finding.messageZh());
    }

    public static String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) text.append("\n  ").append(f.rule()).append(' ').append(f.status()).append(": ").append(f.messageZh())
                .append(" | ").append(f.messageEn());
        return text.toString();
    }
}
