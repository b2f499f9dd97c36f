package org.disclosure.stats.rest;

/** A batch comparison to run: the region, and the two years (rightYear defaults to leftYear + 1). */
public record ComparisonJobRequest(String region, Integer leftYear, Integer rightYear) {
}
