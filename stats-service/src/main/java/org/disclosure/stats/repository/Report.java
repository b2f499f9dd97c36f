package org.disclosure.stats.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A validated report as stats-service keeps it; {@code current} is false when another version of the agency's
 * report for the year was submitted later.
 */
@Entity
@Table(name = "report")
public class Report {
    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    public String agency;
    /** contracts AgencyKey: what versions of one agency's report are matched by. */
    @Column(name = "agency_key")
    public String agencyKey;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "city_code")
    public String cityCode;
    public String province;
    public String city;
    public String county;
    @Column(name = "report_year")
    public Integer year;
    public String format;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "file_name")
    public String fileName;
    public String sha256;
    @Column(name = "rule_set_version")
    public String ruleSetVersion;
    @Column(name = "report_json")
    public String reportJson;
    @Column(name = "findings_json")
    public String findingsJson;
    @Column(name = "error_count")
    public int errorCount;
    @Column(name = "warning_count")
    public int warningCount;
    @Column(name = "info_count")
    public int infoCount;
    @Column(name = "is_current")
    public boolean current;
    @Column(name = "validated_at")
    public Instant validatedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    /** The indicator inputs as one JSON object (V31): what the indicators of agencies read. */
    @Column(name = "indicator_inputs")
    public String indicatorInputs;
    /** When ingest received the submission; null for events from before it was sent along. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** ingest's attempt (pass through the pipeline) the version came from; null for events stored before V20. */
    public Integer attempt;

    /** What orders the versions of one report: submission time, or arrival here for events without one. */
    public Instant versionAt() {
        return submittedAt != null ? submittedAt : storedAt;
    }
}
