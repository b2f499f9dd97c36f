package org.disclosure.stats.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.stats.comparison.ComparedReport;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.repository.ReportHeader;
import org.disclosure.stats.rest.ReportDetail;
import org.disclosure.stats.rest.ReportSummary;
import org.disclosure.stats.rest.ReportVersion;

@ApplicationScoped
public class ReportMapper {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    /**
     * Copies a validated event onto a report row (new or already stored), all but the report's JSON, which the store
     * takes as the event carried it.
     */
    public Report fillHeader(Report report, ReportValidated event) {
        ParsedReport parsed = event.report();
        // the parser's region wins; the submitter's code stands in when the parser could not resolve one
        Region region = parsed.region() != null ? parsed.region()
                : new Region(event.metadata().regionCode(), null, null, null);
        report.submissionId = versionId(event);
        report.attempt = event.attempt();
        report.agency = parsed.agency();
        // the one agency identity of the platform: versions and years are matched by it, not by the raw name
        report.agencyKey = AgencyKey.of(parsed, event.metadata());
        report.regionCode = region.code();
        report.provinceCode = region.provinceCode();
        report.cityCode = region.cityCode();
        report.province = region.province();
        report.city = region.city();
        report.county = region.county();
        report.year = parsed.year();
        report.format = parsed.format() == null ? null : parsed.format().label();
        report.publishedOn = parsed.publishedOn() != null ? parsed.publishedOn() : event.metadata().publishedOn();
        report.fileName = event.fileName();
        report.sha256 = event.sha256();
        report.ruleSetVersion = event.ruleSetVersion();
        report.findingsJson = CanonicalJson.write(event.findings());
        report.errorCount = violations(event.findings(), Severity.ERROR);
        report.warningCount = violations(event.findings(), Severity.WARNING);
        report.infoCount = violations(event.findings(), Severity.INFO);
        report.validatedAt = event.validatedAt();
        if (report.storedAt == null) report.storedAt = Instant.now();
        // a re-sent event without the time (an older producer) must not erase the one already known
        if (event.submittedAt() != null) report.submittedAt = event.submittedAt();
        return report;
    }

    /**
     * The id the version is stored under: the submission's, or for a corrected report sent through validation
     * again the correction's (the corrected version keeps its own row).
     */
    public static UUID versionId(ReportValidated event) {
        UUID correction = event.metadata() == null ? null : event.metadata().correctionId();
        return correction != null ? correction : event.submissionId();
    }

    public ReportSummary toSummary(Report report) {
        return new ReportSummary(report.submissionId, report.agency, report.regionCode, report.province, report.city,
                report.county, report.year, report.format, report.publishedOn, report.fileName, report.errorCount,
                report.warningCount, report.infoCount, report.current, report.ruleSetVersion);
    }

    public ReportSummary toSummary(ReportHeader report) {
        return new ReportSummary(report.submissionId(), report.agency(), report.regionCode(), report.province(),
                report.city(), report.county(), report.year(), report.format(), report.publishedOn(),
                report.fileName(), report.errorCount(), report.warningCount(), report.infoCount(), report.current(),
                report.ruleSetVersion());
    }

    public ReportVersion toVersion(Report report) {
        return new ReportVersion(report.submissionId, report.fileName, report.submittedAt, report.storedAt,
                report.validatedAt,
                report.current, report.errorCount, report.warningCount, report.infoCount, report.ruleSetVersion);
    }

    public ReportDetail toDetail(Report report) {
        return new ReportDetail(toSummary(report), CanonicalJson.read(report.reportJson, ParsedReport.class),
                CanonicalJson.read(report.findingsJson, FINDINGS));
    }

    /** One side of a comparison: the stored canonical report and findings, read back from their JSON. */
    public ComparedReport toCompared(Report report) {
        return new ComparedReport(report.submissionId, report.agency, report.regionCode, report.year,
                CanonicalJson.read(report.reportJson, ParsedReport.class), findings(report));
    }

    public List<Finding> findings(Report report) {
        return CanonicalJson.read(report.findingsJson, FINDINGS);
    }

    private static int violations(List<Finding> findings, Severity severity) {
        return (int) findings.stream()
                .filter(finding -> finding.severity() == severity && finding.status() == FindingStatus.VIOLATED)
                .count();
    }
}
