package org.disclosure.stats.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;

/**
 * What the indicators need of one current report: where and when it belongs and its input cells
 * (a null value is a blank cell, an absent key was not found).
 */
public record ReportFacts(UUID submissionId, String regionCode, String agency, Integer year,
        Map<String, BigDecimal> cells) {

    /** Input values are exact decimals: never through a double. */
    private static final ObjectReader READER = CanonicalJson.mapper().readerFor(new TypeReference<LinkedHashMap<String,
            BigDecimal>>() { }).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The rows of {@link ReportCellRepository#indicatorInputs}, their JSON read, in query order. */
    public static List<ReportFacts> byReport(List<IndicatorInput> rows) {
        List<ReportFacts> reports = new ArrayList<>(rows.size());
        for (IndicatorInput row : rows) {
            reports.add(new ReportFacts(row.submissionId(), row.regionCode(), row.agency(), row.year(),
                    cells(row.inputs())));
        }
        return reports;
    }

    private static Map<String, BigDecimal> cells(String json) {
        if (json == null || json.equals("{}")) return new HashMap<>();
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable indicator inputs from the database", e);
        }
    }
}
