package org.disclosure.stats.repository;

/** Violations of one rule: how many reports have at least one, and how many findings there are in all. */
public record RuleCount(String rule, String severity, long reports, long findings) {
}
