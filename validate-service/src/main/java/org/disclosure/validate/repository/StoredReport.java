package org.disclosure.validate.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A canonical report kept so that later reports of the same agency can be compared with it. */
@Entity
@Table(name = "stored_report")
public class StoredReport {
    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "agency_key")
    public String agencyKey;
    @Column(name = "report_year")
    public Integer year;
    @Column(name = "file_name")
    public String fileName;
    public String sha256;
    @Column(name = "report_json")
    public String reportJson;
    @Column(name = "metadata_json")
    public String metadataJson;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** The pass of the submission through the pipeline this copy came from. */
    public int attempt;
}
