package org.disclosure.ingest.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The original bytes of a submission, kept apart so that status queries never load them. */
@Entity
@Table(name = "submission_content")
public class SubmissionContent {
    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    public byte[] bytes;
}
