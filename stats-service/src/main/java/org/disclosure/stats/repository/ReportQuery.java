package org.disclosure.stats.repository;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters of the report list. A region code matches its own area and everything under it: a province
 * code covers its cities and counties, a city code its counties.
 */
public record ReportQuery(String regionCode, Integer year, String agency, Boolean hasErrors, String rule,
        boolean includeSuperseded, int page, int size) {

    String where() {
        List<String> conditions = new ArrayList<>();
        if (!includeSuperseded) conditions.add("current = true");
        if (regionCode != null) conditions.add(regionColumn() + " = :region");
        if (year != null) conditions.add("year = :year");
        if (agency != null) conditions.add("agency like :agency");
        if (hasErrors != null) conditions.add(hasErrors ? "errorCount > 0" : "errorCount = 0");
        if (rule != null) {
            conditions.add("submissionId in (select f.submissionId from FindingRow f where f.rule = :rule"
                    + " and f.status = 'violated')");
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    Parameters parameters() {
        Parameters parameters = new Parameters();
        if (regionCode != null) parameters.and("region", regionCode);
        if (year != null) parameters.and("year", year);
        if (agency != null) parameters.and("agency", "%" + agency + "%");
        if (rule != null) parameters.and("rule", rule);
        return parameters;
    }

    private String regionColumn() {
        if (regionCode.endsWith("0000")) return "provinceCode";
        if (regionCode.endsWith("00")) return "cityCode";
        return "regionCode";
    }
}
