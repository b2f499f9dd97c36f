package org.disclosure.stats.service;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The indicators of one area (or agency) and year, computed from the summed counts of its current reports.
 *
 * @param agency     set only when rows are per agency
 * @param reports    how many current reports were summed
 * @param sums       the summed input cells that every one of those reports has a number for
 * @param indicators every indicator of DOMAIN.md by name; null where undefined (zero denominator, missing input)
 */
public record IndicatorRow(String regionCode, String regionName, String agency, Integer year, int reports,
        Map<String, BigDecimal> sums, Map<String, BigDecimal> indicators) {

    public BigDecimal indicator(String name) {
        return indicators.get(name);
    }
}
