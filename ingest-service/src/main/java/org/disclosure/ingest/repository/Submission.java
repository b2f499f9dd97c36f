package org.disclosure.ingest.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;

/** One uploaded report file and how far the pipeline got with it. */
@Entity
@Table(name = "submission")
public class Submission {
    @Id
    public UUID id;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    public long size;
    public String sha256;
    public String agency;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "report_year")
    public Integer year;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "source_url")
    public String sourceUrl;
    /** The region the submission was checked against at intake; null for national submitters. */
    @Column(name = "checked_region")
    public String checkedRegion;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    public String reason;
    @Column(name = "parsed_agency")
    public String parsedAgency;
    @Column(name = "parsed_year")
    public Integer parsedYear;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** The pass through the pipeline: 1, then one more each time a failed submission is sent again. */
    public int attempt = 1;
    /** When Kafka acknowledged the announcement of the current pass; null until then. */
    @Column(name = "announced_at")
    public Instant announcedAt;
    /** When the stage last changed. */
    @Column(name = "progressed_at")
    public Instant progressedAt;
    /** When the row last changed: a step, or a stuck submission announced again. */
    @Column(name = "updated_at")
    public Instant updatedAt;
}
