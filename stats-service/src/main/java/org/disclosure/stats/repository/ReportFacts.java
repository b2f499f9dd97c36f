package org.disclosure.stats.repository;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * What the indicators need of one current report: where and when it belongs and its input cells
 * (a null value is a blank cell, an absent key was not found).
 */
public record ReportFacts(UUID submissionId, String regionCode, String agency, Integer year,
        Map<String, BigDecimal> cells) {
}
