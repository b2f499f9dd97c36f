package org.disclosure.ingest.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;

/** One step in a submission's history, as reported by the service that took it. */
@Entity
@Table(name = "status_entry")
public class StatusEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    public String service;
    public String reason;
    @Column(name = "occurred_at")
    public Instant at;
    /** The pass through the pipeline the step belongs to. */
    public int attempt = 1;
}
