package org.disclosure.ingest.service;

import org.disclosure.contracts.events.SubmissionMetadata;

/**
 * A report file as it arrived, with what the submitter told about it and, once checked, the region it
 * belongs to (null until the region guard ran, or for national submitters).
 */
public record Upload(String fileName, String contentType, byte[] bytes, SubmissionMetadata metadata,
        String checkedRegion) {

    public Upload(String fileName, String contentType, byte[] bytes, SubmissionMetadata metadata) {
        this(fileName, contentType, bytes, metadata, null);
    }

    Upload inRegion(String region) {
        return new Upload(fileName, contentType, bytes, metadata, region);
    }
}
