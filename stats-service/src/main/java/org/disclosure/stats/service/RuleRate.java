package org.disclosure.stats.service;

import java.math.BigDecimal;

/** Violations of one rule over the selected reports, and how many findings that makes per report. */
public record RuleRate(String rule, String severity, long reports, long findings, BigDecimal findingsPerReport) {
}
