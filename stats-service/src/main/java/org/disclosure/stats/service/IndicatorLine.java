package org.disclosure.stats.service;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A row of an indicator table as it is answered: its key columns and indicators, what rankings and files read, and
 * the whole row ({@link IndicatorRow}, sums included) as the JSON the API writes for it, rendered once. A table of
 * every county of a nation is 2,850 of these; kept in {@link IndicatorLineCache}, a row is not summed, computed or
 * serialised again until the store changes its area (issue 16).
 */
public record IndicatorLine(String regionCode, String regionName, String agency, Integer year, int reports,
        Map<String, BigDecimal> indicators, byte[] json) {

    public static IndicatorLine of(IndicatorRow row, byte[] json) {
        return new IndicatorLine(row.regionCode(), row.regionName(), row.agency(), row.year(), row.reports(),
                row.indicators(), json);
    }

    public BigDecimal indicator(String name) {
        return indicators.get(name);
    }

    /** The lines as the JSON array of their rows, byte for byte what serialising the rows as a list gives. */
    public static byte[] jsonArray(java.util.List<IndicatorLine> lines) {
        int length = 2 + Math.max(0, lines.size() - 1);
        for (IndicatorLine line : lines) length += line.json.length;
        byte[] array = new byte[length];
        int at = 0;
        array[at++] = '[';
        for (IndicatorLine line : lines) {
            if (at > 1) array[at++] = ',';
            System.arraycopy(line.json, 0, array, at, line.json.length);
            at += line.json.length;
        }
        array[at] = ']';
        return array;
    }
}
