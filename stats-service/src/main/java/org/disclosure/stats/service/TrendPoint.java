package org.disclosure.stats.service;

import java.math.BigDecimal;

/** One year of a trend; {@code change} is the difference to the previous year with reports, null if either is undefined. */
public record TrendPoint(Integer year, int reports, BigDecimal value, BigDecimal change) {
}
