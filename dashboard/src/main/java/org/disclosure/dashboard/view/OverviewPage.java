package org.disclosure.dashboard.view;

import java.util.List;
import org.disclosure.dashboard.client.Compliance;
import org.disclosure.dashboard.client.Coverage;
import org.disclosure.dashboard.client.ReportSummary;

/**
 * 总览 of a region and year: coverage, headline indicators with the change from last year, findings by rule,
 * the agencies with the most errors.
 *
 * @param coverage null when no region is chosen (a national user looking at everything)
 */
public record OverviewPage(String region, String regionName, Integer year, List<Integer> years,
        List<Option> regionOptions, Coverage coverage, List<Headline> headlines, List<RuleRow> rules,
        String rulesChart, Compliance compliance, List<ReportSummary> mostErrors) {

    /** One headline indicator: its value this year and the change from the year before. */
    public record Headline(String label, String definition, String value, String change, String trend) {
    }

    /** Violations of one rule, with what the rule checks. */
    public record RuleRow(String rule, String name, String severity, long reports, long findings) {
    }

    public String complianceErrorFree() {
        return compliance == null ? "" : Numbers.percent(compliance.errorFreeShare());
    }

    public String complianceOnTime() {
        return compliance == null ? "" : Numbers.percent(compliance.onTimeShare());
    }
}
