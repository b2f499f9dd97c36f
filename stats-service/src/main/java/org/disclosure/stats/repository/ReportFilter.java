package org.disclosure.stats.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reports a query reads: always limited to the viewer's scope, then narrowed by the request's region,
 * year, agency, errors and rule. Only current versions unless {@code includeSuperseded}: every statistic
 * counts an agency's year once, with its newest submission.
 */
public record ReportFilter(RegionScope viewerScope, String regionCode, Integer year, String agency,
        Boolean hasErrors, String rule, boolean includeSuperseded) {

    public static ReportFilter current(RegionScope viewerScope, String regionCode, Integer year) {
        return new ReportFilter(viewerScope, regionCode, year, null, null, null, false);
    }

    public ReportFilter withoutErrors() {
        return new ReportFilter(viewerScope, regionCode, year, agency, false, rule, includeSuperseded);
    }

    /**
     * Whether the filter selects the current reports of whole areas and years only (scope, region, year): what the
     * pre-aggregated sums per region code and year can answer.
     */
    public boolean selectsWholeAreas() {
        return !includeSuperseded && agency == null && hasErrors == null && rule == null;
    }

    /**
     * Whether the filter selects whole areas made of provinces ({@code codeDigits} 2) or cities (4): what the sums
     * kept per city and province can answer without cutting through one of them.
     */
    public boolean selectsWholeAreasOf(int codeDigits) {
        return selectsWholeAreas() && viewerScope.consistsOfAreasOf(codeDigits)
                && RegionScope.within(regionCode).consistsOfAreasOf(codeDigits);
    }

    /**
     * The SQL condition of scope, region and year on a table of region codes and years (the stored sums), binding
     * its parameters into {@code parameters}.
     */
    String areaWhere(String regionCodeColumn, String yearColumn, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add(viewerScope.condition(regionCodeColumn, "viewer"));
        viewerScope.bind(parameters, "viewer");
        if (regionCode != null) {
            RegionScope region = RegionScope.within(regionCode);
            conditions.add(region.condition(regionCodeColumn, "region"));
            region.bind(parameters, "region");
        }
        if (year != null) {
            conditions.add(yearColumn + " = :year");
            parameters.put("year", year);
        }
        return String.join(" and ", conditions);
    }

    /** The HQL condition on the report alias {@code r}. */
    String where() {
        List<String> conditions = new ArrayList<>();
        conditions.add(viewerScope.condition("r.regionCode", "viewer"));
        if (!includeSuperseded) conditions.add("r.current = true");
        if (regionCode != null) conditions.add(RegionScope.within(regionCode).condition("r.regionCode", "region"));
        if (year != null) conditions.add("r.year = :year");
        if (agency != null) conditions.add("r.agency like :agency");
        if (hasErrors != null) conditions.add(hasErrors ? "r.errorCount > 0" : "r.errorCount = 0");
        if (rule != null) {
            conditions.add("r.submissionId in (select f.submissionId from FindingRow f where f.rule = :rule"
                    + " and f.status = 'violated')");
        }
        return String.join(" and ", conditions);
    }

    /**
     * The same condition as {@link #where()} in SQL on the table {@code report} under the alias {@code r}, with the
     * same {@link #parameters()}: for native queries that read what HQL cannot name (a row's version, {@code xmin}).
     */
    String sqlWhere() {
        List<String> conditions = new ArrayList<>();
        conditions.add(viewerScope.condition("r.region_code", "viewer"));
        if (!includeSuperseded) conditions.add("r.is_current");
        if (regionCode != null) conditions.add(RegionScope.within(regionCode).condition("r.region_code", "region"));
        if (year != null) conditions.add("r.report_year = :year");
        if (agency != null) conditions.add("r.agency like :agency");
        if (hasErrors != null) conditions.add(hasErrors ? "r.error_count > 0" : "r.error_count = 0");
        if (rule != null) {
            conditions.add("r.submission_id in (select f.submission_id from finding f where f.rule = :rule"
                    + " and f.status = 'violated')");
        }
        return String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        viewerScope.bind(parameters, "viewer");
        if (regionCode != null) RegionScope.within(regionCode).bind(parameters, "region");
        if (year != null) parameters.put("year", year);
        if (agency != null) parameters.put("agency", "%" + agency + "%");
        if (rule != null) parameters.put("rule", rule);
        return parameters;
    }
}
