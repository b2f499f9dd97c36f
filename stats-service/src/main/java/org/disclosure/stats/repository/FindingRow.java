package org.disclosure.stats.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One finding of a stored report, kept as a row so that reports can be filtered and counted by rule. */
@Entity
@Table(name = "finding")
public class FindingRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "submission_id")
    public UUID submissionId;
    public String rule;
    public String severity;
    public String status;
    @Column(name = "message_zh")
    public String messageZh;
    @Column(name = "message_en")
    public String messageEn;
}
