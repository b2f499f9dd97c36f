package org.disclosure.dashboard.client;

/** Violations of one rule: reports with at least one, findings in all. */
public record RuleCount(String rule, String severity, long reports, long findings) {
}
