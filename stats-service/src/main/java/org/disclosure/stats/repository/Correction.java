package org.disclosure.stats.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor's correction of one cell. Its id is also the id of the version the corrected report becomes once
 * validated; {@code storedAt} stays null until then.
 */
@Entity
@Table(name = "correction")
public class Correction {
    @Id
    public UUID id;
    /** ingest's submission the report was read from; a correction of a correction keeps it. */
    @Column(name = "submission_id")
    public UUID submissionId;
    /** The version that was corrected. */
    @Column(name = "corrected_version")
    public UUID correctedVersion;
    public String agency;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "report_year")
    public Integer year;
    @Column(name = "cell_key")
    public String cell;
    @Column(name = "old_value")
    public BigDecimal oldValue;
    @Column(name = "new_value")
    public BigDecimal newValue;
    public String reason;
    @Column(name = "corrected_by")
    public String correctedBy;
    @Column(name = "corrected_at")
    public Instant correctedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
}
