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
    @Column(name = "updated_at")
    public Instant updatedAt;
}
