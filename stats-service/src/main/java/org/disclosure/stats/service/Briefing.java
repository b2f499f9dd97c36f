package org.disclosure.stats.service;

import java.time.LocalDate;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.stats.comparison.BatchResult;

/**
 * What a region's annual briefing (年度通报) says: coverage, the indicators against last year's, compliance and
 * findings by rule, every agency with violations and their evidence, and — when a batch comparison of the two years
 * has been run — the agencies whose figures jumped or whose narrative was copied.
 */
public record Briefing(String regionCode, String regionName, int year, LocalDate drawnUpOn, Coverage coverage,
        IndicatorRow thisYear, IndicatorRow lastYear, Compliance compliance, List<AgencyFindings> agencies,
        boolean agenciesTruncated, BatchResult comparison) {

    /** One agency's current report with its violated findings. */
    public record AgencyFindings(String agency, String regionCode, int errors, int warnings, List<Finding> findings) {
    }
}
