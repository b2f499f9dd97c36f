package org.disclosure.stats.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A batch comparison of one region between two years; its result is kept until it is run again. */
@Entity
@Table(name = "comparison_job")
public class ComparisonJob {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    @Id
    public UUID id;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "left_year")
    public int leftYear;
    @Column(name = "right_year")
    public int rightYear;
    public String status;
    public int total;
    public int done;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** When the instance running it last showed it was alive (V32): a job that stays silent is run again. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    public String error;
    @Column(name = "result_json")
    public String resultJson;

    public boolean active() {
        return QUEUED.equals(status) || RUNNING.equals(status);
    }
}
