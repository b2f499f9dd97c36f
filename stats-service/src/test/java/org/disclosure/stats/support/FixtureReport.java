package org.disclosure.stats.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.rules.support.RequestRow;
import org.disclosure.rules.support.RequestTable;

/**
 * A hand-made validated report: every 总计 cell of table 三 and every cell of table 四 starts at 0 so that only
 * the chosen counts matter, and the id is derived from a name so that sending it twice stores it once.
 */
public final class FixtureReport {

    private final String name;
    private final String agency;
    private final Region region;
    private final int year;
    private final Map<String, BigDecimal> cells = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private LocalDate publishedOn;
    /** A fixed instant rather than now: the fixture chooses which of two versions was submitted last. */
    private Instant submittedAt = Instant.parse("2030-03-01T08:00:00Z");

    public FixtureReport(String name, String agency, Region region, int year) {
        this.name = name;
        this.agency = agency;
        this.region = region;
        this.year = year;
        for (RequestRow row : RequestTable.rows()) cells.put(row.prefix() + ".total", BigDecimal.ZERO);
        cells.put("apply.new.natural", BigDecimal.ZERO);
        for (String group : List.of("review", "litigation_direct", "litigation_after_review")) {
            for (String column : List.of("upheld", "corrected", "other", "pending", "total")) {
                cells.put(group + "." + column, BigDecimal.ZERO);
            }
        }
    }

    public UUID id() {
        return UUID.nameUUIDFromBytes(("stats-fixture/" + name).getBytes());
    }

    public FixtureReport cell(String key, long value) {
        cells.put(key, BigDecimal.valueOf(value));
        return this;
    }

    FixtureReport publishedOn(LocalDate date) {
        this.publishedOn = date;
        return this;
    }

    FixtureReport submittedAt(Instant instant) {
        this.submittedAt = instant;
        return this;
    }

    FixtureReport violation(String rule, Severity severity) {
        return finding(rule, severity, FindingStatus.VIOLATED);
    }

    FixtureReport finding(String rule, Severity severity, FindingStatus status) {
        findings.add(new Finding(rule, severity, status, List.of(), Map.of(), null, List.of(),
                "测试发现 " + rule, "test finding " + rule));
        return this;
    }

    ReportValidated event() {
        ParsedReport report = new ParsedReport(agency, region, year, FormatVersion.F2021, publishedOn,
                List.of("overview", "active", "requests", "appeals", "problems", "other"), cells, Map.of(), List.of(),
                List.of());
        return new ReportValidated(id(), name + ".txt", "0".repeat(64), SubmissionMetadata.empty(), report,
                List.copyOf(findings), "test-1", Instant.now(), submittedAt, 1);
    }
}
