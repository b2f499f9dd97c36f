package org.disclosure.stats.repository;

import java.math.BigDecimal;
import java.util.UUID;

/** One row of the indicator query: a report and one of its input cells (key null when it has none). */
public record IndicatorInput(UUID submissionId, String regionCode, String agency, Integer year, String key,
        BigDecimal value) {
}
