package org.disclosure.stats.repository;

import java.util.UUID;

/** One row of the indicator query: a report and its input cells as the JSON object the store keeps. */
public record IndicatorInput(UUID submissionId, String regionCode, String agency, Integer year, String inputs) {
}
