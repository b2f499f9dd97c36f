package org.disclosure.validate.repository;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A re-validation of the whole history (table revalidation_job): its state, the rule set it applies, the reports
 * stored when it started, those published again so far, when it started and finished, and why it failed.
 */
public record RevalidationJob(UUID id, State state, String ruleSetVersion, long storedReports, long reports,
        Instant startedAt, Instant finishedAt, String reason) {

    public enum State {
        @JsonProperty("running") RUNNING,
        @JsonProperty("done") DONE,
        @JsonProperty("failed") FAILED;

        /** The value of column state. */
        public String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State of(String column) {
            return valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
