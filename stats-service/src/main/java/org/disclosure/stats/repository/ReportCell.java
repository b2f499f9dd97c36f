package org.disclosure.stats.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One canonical cell of a stored report; a null value is a blank cell in the source. */
@Entity
@Table(name = "report_cell")
@IdClass(ReportCell.Key.class)
public class ReportCell {
    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    @Id
    @Column(name = "cell_key")
    public String key;
    @Column(name = "cell_value")
    public BigDecimal value;

    public static class Key implements Serializable {
        public UUID submissionId;
        public String key;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(submissionId, that.submissionId)
                    && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, key);
        }
    }
}
