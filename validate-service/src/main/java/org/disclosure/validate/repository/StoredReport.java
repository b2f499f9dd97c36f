package org.disclosure.validate.repository;

import java.time.Instant;
import java.util.UUID;

/** A canonical report kept so that later reports of the same agency can be compared with it (table stored_report). */
public class StoredReport {
    public UUID submissionId;
    public String agencyKey;
    public Integer year;
    public String fileName;
    public String sha256;
    /** The canonical JSON of the report, UTF-8: read and copied into events as bytes, never as a String. */
    public byte[] reportJson;
    public String metadataJson;
    public Instant receivedAt;
    /** The pass of the submission through the pipeline this copy came from. */
    public int attempt;
}
