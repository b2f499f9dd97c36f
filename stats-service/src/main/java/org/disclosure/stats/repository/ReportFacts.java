package org.disclosure.stats.repository;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the indicators need of one current report: where and when it belongs and its input cells
 * (a null value is a blank cell, an absent key was not found).
 */
public record ReportFacts(UUID submissionId, String regionCode, String agency, Integer year,
        Map<String, BigDecimal> cells) {

    /** The rows of {@link ReportCellRepository#indicatorInputs} as one entry per report, in query order. */
    public static List<ReportFacts> byReport(List<IndicatorInput> rows) {
        Map<UUID, ReportFacts> reports = new LinkedHashMap<>();
        for (IndicatorInput row : rows) {
            ReportFacts facts = reports.computeIfAbsent(row.submissionId(), id -> new ReportFacts(id,
                    row.regionCode(), row.agency(), row.year(), new HashMap<>()));
            if (row.key() != null) facts.cells().put(row.key(), row.value());
        }
        return List.copyOf(reports.values());
    }
}
