package org.disclosure.dashboard.client;

import java.math.BigDecimal;
import java.util.Map;

/** The indicators of one area (or agency) and year; a null indicator is undefined. */
public record IndicatorRow(String regionCode, String regionName, String agency, Integer year, int reports,
        Map<String, BigDecimal> sums, Map<String, BigDecimal> indicators) {
}
